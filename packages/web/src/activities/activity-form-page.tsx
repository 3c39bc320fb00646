import type { ActivityDetail, OrganizationDetail, PlannedOccurrence } from '@seedbed/core';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAfterFirstScreen } from '../shared/after-first-screen';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { NotFoundPage } from '../shared/status-pages';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import type { FieldErrors } from '../shared/validation';
import { MemberPicker } from './activity-form-members';
import { ContentSection, PeopleSection, PlaceSection, ReflectionSection, WhoSection } from './activity-form-sections';
import { DuplicateWarning } from './duplicate-warning';
import { LocalStatus } from './form-controls';
import { withPlannedOccurrence } from './form-prefill';
import {
  type ActivityFormValues,
  emptyFormValues,
  formFieldOf,
  fromActivityDetail,
  missingRequired,
  type PlannedOccurrenceLink,
} from './form-values';
import { orLastSeen } from './last-seen-organization';
import { ClipAndSheetPicker, PhotoPicker } from './media-picker';
import { useFormOptions } from './use-form-options';
import { useFormPrefill } from './use-form-prefill';
import { useLocalDraft } from './use-local-draft';
import { usePlanItems } from './use-plan-items';
import './activities.css';

/**
 * /activities/new?organizationId=…: the leader records an activity from a phone, online or not.
 * With `&planned=<plan id>&on=<date>` (举办了 on a planned date): prefilled from the plan and
 * linked to that date, whose one record it makes or completes (held-button.tsx heldFormPath).
 *
 * Not a useSchemaForm (shared/use-schema-form.ts) on purpose: that would pull zod and core's schemas
 * into this route, whose JavaScript must stay within 150 KB gzip (tests/build/bundle-budget.test.ts).
 * Measured on 2026-12-05: the route loads 121 KB; the chunk with zod and the schemas is 26 KB gzip,
 * plus the hook and its helpers ≈ 2 KB — about 149 KB, no room left for the next change. So the form
 * keeps its zod-free path (form-values.ts): it maps its values itself, and the server validates with
 * core's activityInputSchema; its field issues are shown beside the inputs (see `formFieldOf`).
 */
export function ActivityFormPage() {
  const [search] = useSearchParams();
  const organizationId = search.get('organizationId') ?? '';
  const plannedActivityId = search.get('planned');
  const on = search.get('on');
  const planned = useMemo(() => (plannedActivityId && on ? { plannedActivityId, on } : null), [plannedActivityId, on]);
  if (!organizationId) return <NotFoundPage />;
  return (
    <FormForOrganization
      organizationId={organizationId}
      editing={null}
      localId={search.get('local')}
      planned={planned}
    />
  );
}

/** /activities/:id/edit: change a record (or complete one a staff member started). */
export function ActivityEditPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<ActivityDetail>(`/api/activities/${encodeURIComponent(id)}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(activity) => {
        const organizationId = activity.organizations[0]?.id;
        if (!organizationId) return <NotFoundPage />;
        return <FormForOrganization organizationId={organizationId} editing={activity} localId={null} planned={null} />;
      }}
    </ResourceView>
  );
}

interface FormProps {
  editing: ActivityDetail | null;
  localId: string | null;
  /** 举办了's planned date, from the address. */
  planned: PlannedOccurrenceLink | null;
}

function FormForOrganization({ organizationId, ...props }: FormProps & { organizationId: string }) {
  const { resource, reload } = useResource<OrganizationDetail>(
    `/api/organizations/${encodeURIComponent(organizationId)}`,
  );
  const viewer = useUser();
  // Opened from the team's page: the form is there at once, with no signal too (last-seen-organization.ts).
  return (
    <ResourceView resource={orLastSeen(resource, organizationId, viewer.id)} onRetry={reload}>
      {(organization) => <ActivityForm organization={organization} {...props} />}
    </ResourceView>
  );
}

function ActivityForm({ organization, editing, localId, planned }: FormProps & { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = editing
    ? editing.createdByTracking
      ? t('activities.form.completeTitle')
      : t('activities.form.editTitle')
    : t('activities.form.newTitle');
  useDocumentTitle(title);
  const { places, others } = useFormOptions(organization);
  const planItems = usePlanItems(organization.id);
  // 举办了 brings the date's occurrence from the team's page: the form is filled at once, offline too.
  const { state } = useLocation();
  const [tapped] = useState(() => {
    const occurrence = (state as { occurrence?: PlannedOccurrence } | null)?.occurrence;
    const isThatDate = occurrence?.plannedActivityId === planned?.plannedActivityId && occurrence?.on === planned?.on;
    return planned && occurrence && isThatDate ? occurrence : null;
  });
  // A new record starts on today, at a guessed time (or the plan's: useFormPrefill).
  const [fresh] = useState(() => {
    if (editing) return null;
    const empty = emptyFormValues(new Date());
    return tapped ? withPlannedOccurrence(empty, tapped) : empty;
  });
  const { item, change, submit, discard, sentActivityId } = useLocalDraft({
    organizationId: organization.id,
    editingId: editing?.id ?? null,
    localId,
    planned,
    initialValues: () =>
      editing ? fromActivityDetail(editing, organization.id) : (fresh ?? emptyFormValues(new Date())),
  });
  const plannedPrefill = useMemo(() => (planned ? { link: planned, occurrence: tapped } : null), [planned, tapped]);
  const { lastTime, plannedOccurrence } = useFormPrefill({
    organizationId: organization.id,
    item: fresh && item,
    change,
    fresh,
    planned: plannedPrefill,
  });
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const isFirstScreenShown = useAfterFirstScreen();

  useEffect(() => {
    if (sentActivityId) navigate(`/activities/${sentActivityId}`, { state: { sent: true } });
  }, [sentActivityId, navigate]);

  const serverErrors = useMemo(() => {
    const errors: FieldErrors = {};
    for (const field of item?.rejection?.fields ?? []) errors[formFieldOf(field.path)] ??= field.message;
    return errors;
  }, [item?.rejection]);

  if (!item) return null;
  const values = item.values;
  const isLocked = item.state === 'pending';
  const errors: FieldErrors = { ...serverErrors, ...localErrors };
  const set = (patch: Partial<ActivityFormValues>) => {
    setLocalErrors({});
    change({ values: (current) => ({ ...current, ...patch }) });
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = missingRequired(values);
    if (missing.length > 0) {
      setLocalErrors(Object.fromEntries(missing.map((field) => [field, t('validation.required')])));
      return;
    }
    await submit();
  }

  const members = (organization.members ?? []).map((member) => ({ personId: member.personId, name: member.name }));
  const sectionProps = { values, set, errors };
  return (
    <article className="page page--narrow activity-form" data-testid="activity-form-page">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="muted">{organization.name}</p>
      </header>
      <LocalStatus state={item.state} />
      {item.state === 'draft' && <p className="muted">{t('activities.local.draftHint')}</p>}
      {item.state === 'pending' && <p className="muted">{t('activities.local.pendingHint')}</p>}
      {item.rejection && (
        <div className="error-notice" role="alert" data-testid="activity-rejection">
          <p>{item.rejection.message || t('activities.form.fixBelow')}</p>
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="activity-form__main" disabled={isLocked}>
          <p className="muted">{t('activities.form.required')}</p>
          <TextField
            label={t('activities.form.titleLabel')}
            hint={t('activities.form.titleHint')}
            value={values.title}
            onChange={(value) => set({ title: value })}
            error={errors.title}
            maxLength={100}
            required
            testId="activity-title"
          />
          <TextField
            label={t('activities.form.date')}
            type="date"
            value={values.date}
            onChange={(date) => set({ date })}
            error={errors.date}
            required
            testId="activity-date"
          />
          <div className="time-pair">
            <TextField
              label={t('activities.form.startTime')}
              type="time"
              value={values.startTime}
              onChange={(startTime) => set({ startTime })}
              error={errors.startTime}
              required
              testId="activity-start"
            />
            <TextField
              label={t('activities.form.endTime')}
              type="time"
              value={values.endTime}
              onChange={(endTime) => set({ endTime })}
              error={errors.endTime}
              required
              testId="activity-end"
            />
          </div>
          <DuplicateWarning
            organizationId={organization.id}
            values={values}
            exceptId={editing?.id ?? plannedOccurrence?.activityId ?? undefined}
          />
          <MemberPicker values={values} set={set} members={members} lastTime={lastTime} />
          <PhotoPicker files={item.files} onChange={(files) => change({ files })} isLocked={isLocked} />
          {isFirstScreenShown && (
            <>
              <h2 className="activity-form__more">{t('activities.form.more')}</h2>
              <PlaceSection {...sectionProps} places={places} />
              <ContentSection {...sectionProps} otherOrganizations={editing ? [] : others} />
              <WhoSection {...sectionProps} />
              <PeopleSection {...sectionProps} />
              <ReflectionSection
                {...sectionProps}
                planItems={planItems}
                linkedPlanItem={
                  editing?.planItemId && editing.planItem ? { id: editing.planItemId, ...editing.planItem } : null
                }
              />
            </>
          )}
        </fieldset>
        <details className="fold" data-testid="section-media" open={item.files.some((file) => file.kind !== 'photo')}>
          <summary>{t('activities.form.photosSection')}</summary>
          <div className="fold__body">
            <ClipAndSheetPicker files={item.files} onChange={(files) => change({ files })} isLocked={isLocked} />
          </div>
        </details>
        <div className="form__actions activity-form__actions">
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={isLocked}
            data-testid="activity-submit"
          >
            {editing ? t('activities.form.save') : t('activities.form.submit')}
          </button>
          {!isLocked && !editing && (
            <button
              type="button"
              className="button button--link"
              data-testid="activity-discard"
              onClick={() => {
                if (globalThis.confirm(t('activities.form.discardConfirm'))) void discard();
              }}
            >
              {t('activities.form.discard')}
            </button>
          )}
        </div>
      </form>
    </article>
  );
}
