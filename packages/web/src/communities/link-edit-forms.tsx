import {
  type CommunitySurvey,
  type Need,
  needProviders,
  needRealities,
  needStatuses,
  needUpdateInputSchema,
  type OrganizationSummary,
  type PersonList,
  type Resource,
  resourceUpdateInputSchema,
} from '@seedbed/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { FormFooter } from './form-footer';
import { SelectField, useOptions, useSurveySubmit } from './survey-fields';

/**
 * Edit forms that link a survey record to others: a need to the organizations that answer it, a
 * resource to a space, a resident or an organization. Organizations are the community's own (at home
 * or serving there, GET /api/organizations?communityId=); residents are found by name.
 */

type Saved = (survey: CommunitySurvey) => void;
interface EditProps<T> {
  record: T;
  survey: CommunitySurvey;
  onSaved: Saved;
  onDone: () => void;
}

function useCommunityOrganizations(communityId: string) {
  const { resource } = useResource<{ items: OrganizationSummary[] }>(
    `/api/organizations?communityId=${encodeURIComponent(communityId)}`,
  );
  return resource.status === 'ready' ? resource.data.items : [];
}

function useEditSubmit(onSaved: Saved, onDone: () => void) {
  return useSurveySubmit((survey) => {
    onSaved(survey);
    onDone();
  });
}

export function NeedEditForm({ record, survey, onSaved, onDone }: EditProps<Need>) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Need['status'] | ''>(record.status);
  const [reality, setReality] = useState<Need['reality'] | ''>(record.reality);
  const [provider, setProvider] = useState<NonNullable<Need['provider']> | ''>(record.provider ?? '');
  const [organizationIds, setOrganizationIds] = useState(record.organizations.map((o) => o.id));
  const organizations = useCommunityOrganizations(survey.communityId);
  const form = useEditSubmit(onSaved, onDone);
  const statuses = useOptions(needStatuses, 'survey.needStatus');
  const realities = useOptions(needRealities, 'survey.needReality');
  const providers = useOptions(needProviders, 'survey.needProvider');
  // Organizations linked earlier that no longer work here still show, so they can be unlinked.
  const choices = [
    ...organizations.map((o) => ({ id: o.id, name: o.name })),
    ...record.organizations.filter((o) => !organizations.some((known) => known.id === o.id)),
  ];

  async function submit() {
    const parsed = needUpdateInputSchema.safeParse({
      status: status || undefined,
      reality: reality || undefined,
      provider: provider || null,
      organizationIds,
    });
    await form.send('patch', `/api/needs/${record.id}`, parsed);
  }

  return (
    <form className="form" data-testid="need-edit-form" noValidate onSubmit={form.handler(submit)}>
      <SelectField
        label={t('survey.need.status')}
        value={status}
        options={statuses}
        onChange={setStatus}
        error={form.errors.status}
        required
        testId="need-edit-status"
      />
      <SelectField
        label={t('survey.need.reality')}
        value={reality}
        options={realities}
        onChange={setReality}
        error={form.errors.reality}
        required
        testId="need-edit-reality"
      />
      <SelectField
        label={t('survey.need.provider')}
        value={provider}
        options={providers}
        onChange={setProvider}
        error={form.errors.provider}
        testId="need-edit-provider"
      />
      <fieldset className="pick-list" data-testid="need-edit-organizations">
        <legend>{t('survey.answeredBy')}</legend>
        {choices.length === 0 && <p className="muted">{t('survey.noOrganizations')}</p>}
        {choices.map((o) => (
          <label key={o.id}>
            <input
              type="checkbox"
              checked={organizationIds.includes(o.id)}
              data-testid="need-edit-organization"
              onChange={(event) =>
                setOrganizationIds((ids) => (event.target.checked ? [...ids, o.id] : ids.filter((id) => id !== o.id)))
              }
            />
            {o.name}
          </label>
        ))}
        {form.errors.organizationIds && <p className="field__error">{form.errors.organizationIds}</p>}
      </fieldset>
      <FormFooter {...form} label={t('survey.save')} testId="need-edit-submit" />
    </form>
  );
}

export function ResourceEditForm({ record, survey, onSaved, onDone }: EditProps<Resource>) {
  const { t } = useTranslation();
  const [spaceId, setSpaceId] = useState(record.space?.id ?? '');
  const [organizationId, setOrganizationId] = useState(record.organization?.id ?? '');
  const [person, setPerson] = useState(record.person);
  const organizations = useCommunityOrganizations(survey.communityId);
  const form = useEditSubmit(onSaved, onDone);
  const spaces = survey.spaces.map((s) => ({ value: s.id, label: s.name }));
  const organizationOptions = [
    ...organizations.map((o) => ({ value: o.id, label: o.name })),
    ...(record.organization && !organizations.some((o) => o.id === record.organization?.id)
      ? [{ value: record.organization.id, label: record.organization.name }]
      : []),
  ];

  async function submit() {
    const parsed = resourceUpdateInputSchema.safeParse({
      spaceId: spaceId || null,
      organizationId: organizationId || null,
      personId: person?.id ?? null,
    });
    await form.send('patch', `/api/resources/${record.id}`, parsed);
  }

  return (
    <form className="form" data-testid="resource-edit-form" noValidate onSubmit={form.handler(submit)}>
      <SelectField
        label={t('survey.linkSpace')}
        value={spaceId}
        options={spaces}
        onChange={setSpaceId}
        error={form.errors.spaceId}
        testId="resource-edit-space"
      />
      <PersonPicker
        communityId={survey.communityId}
        person={person}
        onChange={setPerson}
        error={form.errors.personId}
      />
      <SelectField
        label={t('survey.linkOrganization')}
        value={organizationId}
        options={organizationOptions}
        onChange={setOrganizationId}
        error={form.errors.organizationId}
        testId="resource-edit-organization"
      />
      <FormFooter {...form} label={t('survey.save')} testId="resource-edit-submit" />
    </form>
  );
}

type Picked = { id: string; name: string } | null;

/** A resident of the community found by name; the chosen one shows with a button to unlink. */
function PersonPicker({
  communityId,
  person,
  onChange,
  error,
}: {
  communityId: string;
  person: Picked;
  onChange: (person: Picked) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  const listId = useId();
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .get<PersonList>(
          `/api/people?communityId=${encodeURIComponent(communityId)}&q=${encodeURIComponent(q)}&limit=10`,
          { signal: controller.signal },
        )
        .then((list) => setFound(list.items.map((p) => ({ id: p.id, name: p.name }))))
        .catch(() => setFound([]));
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [communityId, query]);

  return (
    <div className="field" data-testid="resource-edit-person">
      {person ? (
        <div className="record-actions">
          <span>
            {t('survey.linkPerson')}：<strong data-testid="resource-edit-person-name">{person.name}</strong>
          </span>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t('survey.unlink')}
          </button>
        </div>
      ) : (
        <>
          <TextField
            label={t('survey.linkPerson')}
            value={query}
            onChange={setQuery}
            error={error}
            maxLength={60}
            testId="resource-edit-person-search"
          />
          <ul className="pick-list" id={listId}>
            {found.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="resource-edit-person-option"
                  onClick={() => {
                    onChange(p);
                    setQuery('');
                  }}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
