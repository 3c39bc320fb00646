import {
  adoptionSteps,
  type ChatTrailGroup,
  type ChatTrailGroupLayer,
  can,
  chatCreationWays,
  chatPlatforms,
  chatTrailGroupInputSchema,
  chatTrailGroupLayers,
  chatTrailGroupUpdateSchema,
  type OrganizationRegistry,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { ChoiceCards } from '../shared/choice-cards';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { ForbiddenPage } from '../shared/status-pages';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import './chat.css';
import './forms.css';

/**
 * A group chat's record (issue 19 "Record on the group how it was created…"): new for a team
 * (`?organizationId=`) or for the street's 骨干管理群 (`?streetId=`), and editing one (`/:id/edit`).
 * The fields and their limits are core's group schema; one form serves both.
 */
export function ChatGroupFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const user = useUser();
  useDocumentTitle(t(id ? 'chatGroups.form.editTitle' : 'chatGroups.form.newTitle'));
  if (!can(user, 'chat.manage')) return <ForbiddenPage />;
  if (id) return <EditGroup id={id} />;
  const organizationId = search.get('organizationId');
  if (organizationId) return <WithOrganization organizationId={organizationId} />;
  return <GroupForm owner={{ streetId: search.get('streetId') ?? '' }} />;
}

function EditGroup({ id }: { id: string }) {
  const { resource, reload } = useResource<ChatTrailGroup>(`/api/chat-groups/${id}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(group) =>
        group.organizationId ? (
          <WithOrganization organizationId={group.organizationId} group={group} />
        ) : (
          <GroupForm owner={{ streetId: group.streetId }} group={group} />
        )
      }
    </ResourceView>
  );
}

/** A team's group: the team's name and sub-teams (for a 分队群) come from its registry. */
function WithOrganization({ organizationId, group }: { organizationId: string; group?: ChatTrailGroup }) {
  const organization = useResource<{ name: string }>(`/api/organizations/${organizationId}`);
  const registry = useResource<OrganizationRegistry>(`/api/organizations/${organizationId}/registry`);
  return (
    <ResourceView resource={organization.resource} onRetry={organization.reload}>
      {({ name }) => (
        <ResourceView resource={registry.resource} onRetry={registry.reload}>
          {({ subTeams }) => (
            <GroupForm
              owner={{ organizationId, name }}
              subTeams={subTeams.filter((team) => team.endedOn === null || team.id === group?.subTeamId)}
              {...(group && { group })}
            />
          )}
        </ResourceView>
      )}
    </ResourceView>
  );
}

type Owner = { organizationId: string; name: string } | { streetId: string };

interface Values {
  name: string;
  platform: string;
  creationWay: string;
  layer: string;
  subTeamId: string;
  staffIn: string;
  adoptionStep: string;
  createdOn: string;
  closedOn: string;
}

function valuesOf(group: ChatTrailGroup | undefined, isStreet: boolean): Values {
  if (!group)
    return {
      name: '',
      platform: 'wechat',
      creationWay: '',
      layer: isStreet ? 'activists' : 'general',
      subTeamId: '',
      staffIn: 'yes',
      adoptionStep: '',
      createdOn: '',
      closedOn: '',
    };
  return {
    name: group.name,
    platform: group.platform,
    creationWay: group.creationWay,
    layer: group.layer,
    subTeamId: group.subTeamId ?? '',
    staffIn: group.staffIn ? 'yes' : 'no',
    adoptionStep: group.adoptionStep === null ? '' : String(group.adoptionStep),
    createdOn: group.createdOn ?? '',
    closedOn: group.closedOn ?? '',
  };
}

/** The fields both the new and the edit form send (blank → null; text → the schema's enums). */
function fieldsOf(values: Values) {
  return {
    name: values.name,
    platform: values.platform,
    creationWay: values.creationWay,
    layer: values.layer,
    subTeamId: values.layer === 'squad' && values.subTeamId ? values.subTeamId : null,
    staffIn: values.staffIn === 'yes',
    adoptionStep: values.adoptionStep === '' ? null : Number(values.adoptionStep),
    createdOn: values.createdOn || null,
    closedOn: values.closedOn || null,
  };
}

function GroupForm({
  owner,
  group,
  subTeams = [],
}: {
  owner: Owner;
  group?: ChatTrailGroup;
  subTeams?: readonly { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const isStreet = !('organizationId' in owner);
  const initial = valuesOf(group, isStreet);
  const form = useSchemaForm<Values, unknown, ChatTrailGroup>(
    group ? chatTrailGroupUpdateSchema : chatTrailGroupInputSchema,
    initial,
    {
      constraintsFrom: chatTrailGroupInputSchema,
      toInput: (values) => {
        const fields = fieldsOf(values);
        if (group) {
          // the adoption step is sent only when it changed: sending it records who confirmed it
          const { adoptionStep, ...rest } = fields;
          return adoptionStep === group.adoptionStep ? rest : fields;
        }
        return isStreet
          ? { ...fields, organizationId: null, streetId: owner.streetId }
          : { ...fields, organizationId: owner.organizationId };
      },
      send: (input) =>
        group
          ? api.patch<ChatTrailGroup>(`/api/chat-groups/${group.id}`, input)
          : api.post<ChatTrailGroup>('/api/chat-groups', input),
      onSaved: (saved) => {
        if (!group) navigate(`/chat-groups/${saved.id}/agreement`);
      },
    },
  );
  const layers = chatTrailGroupLayers.filter((layer) => (layer === 'activists') === isStreet);
  const option = <K extends string>(prefix: string, value: K) => ({
    value,
    label: t(`${prefix}.${value}` as 'chatGroups.platform.wechat'),
  });
  return (
    <article className="page page--narrow" data-testid="chat-group-form-page">
      <header className="page-header">
        <h1>
          {t(
            group
              ? 'chatGroups.form.editTitle'
              : isStreet
                ? 'chatGroups.form.newStreetTitle'
                : 'chatGroups.form.newTitle',
          )}
        </h1>
        <p className="muted">
          {isStreet ? t('chatGroups.form.street') : t('chatGroups.form.organization', { name: owner.name })}
        </p>
      </header>
      <form className="form card chat-form" noValidate onSubmit={form.onSubmit} data-testid="chat-group-form">
        <TextField label={t('chatGroups.form.name')} {...form.field('name')} testId="chat-group-name-input" />
        <SelectField
          label={t('chatGroups.form.platform')}
          {...form.field('platform')}
          options={chatPlatforms.map((value) => option('chatGroups.platform', value))}
          testId="chat-group-platform"
        />
        <ChoiceCards<string>
          legend={t('chatGroups.form.creationWay')}
          name="creationWay"
          value={form.values.creationWay}
          onChange={(value) => form.set('creationWay', value)}
          error={form.errors.creationWay}
          options={chatCreationWays.map((value) => ({
            value,
            label: t(`chatGroups.creationWay.${value}`),
            help: t(`chatGroups.creationWayHint.${value}`),
          }))}
          testId="chat-group-creation-way"
        />
        <SelectField
          label={t('chatGroups.form.layer')}
          {...form.field('layer')}
          options={layers.map((value: ChatTrailGroupLayer) => option('chat.layer', value))}
          testId="chat-group-layer"
        />
        {form.values.layer === 'squad' &&
          (subTeams.length === 0 ? (
            <p className="notice">{t('chatGroups.form.subTeamNone')}</p>
          ) : (
            <SelectField
              label={t('chatGroups.form.subTeam')}
              {...form.field('subTeamId')}
              placeholder=""
              required
              options={subTeams.map((team) => ({ value: team.id, label: team.name }))}
              testId="chat-group-sub-team"
            />
          ))}
        <SelectField
          label={t('chatGroups.form.staffIn')}
          {...form.field('staffIn')}
          options={[
            { value: 'yes', label: t('chatGroups.form.staffInYes') },
            { value: 'no', label: t('chatGroups.form.staffInNo') },
          ]}
          testId="chat-group-staff-in"
        />
        <TextField label={t('chatGroups.form.createdOn')} type="date" {...form.field('createdOn')} required={false} />
        <TextField
          label={t('chatGroups.form.closedOn')}
          hint={t('chatGroups.form.closedOnHint')}
          type="date"
          {...form.field('closedOn')}
          required={false}
        />
        <SelectField
          label={t('chatGroups.form.adoptionStep')}
          hint={
            group?.adoptionStep && group.adoptionStepConfirmedByName
              ? t('chatGroups.form.confirmedBy', {
                  step: group.adoptionStep,
                  name: group.adoptionStepConfirmedByName,
                  date: formatDateTime(group.adoptionStepConfirmedAt, i18n.language as 'zh-CN'),
                })
              : t('chatGroups.form.adoptionHint')
          }
          {...form.field('adoptionStep')}
          required={false}
          placeholder={t('chatGroups.form.adoptionUnknown')}
          options={adoptionSteps.map((step) => ({
            value: String(step),
            label: t(`chatGroups.adoptionStep.${String(step) as '1'}`),
          }))}
          testId="chat-group-adoption-step"
        />
        {group?.exportRef && (
          <div className="field">
            <p>{t('chatGroups.form.exportRef')}</p>
            <p data-testid="chat-group-export-ref">
              <code>{group.exportRef}</code>
            </p>
            <p className="field__hint">{t('chatGroups.form.exportRefHint')}</p>
          </div>
        )}
        <FormFooter state={form} label={t('chatGroups.form.save')} testId="chat-group-save">
          {group && (
            <Link className="button button--secondary" to={`/chat-groups/${group.id}`}>
              {t('chatGroups.links.group')}
            </Link>
          )}
        </FormFooter>
      </form>
    </article>
  );
}
