import { type CoachingSession, coachingCapabilities, coachingKinds, type OrganizationSummary } from '@seedbed/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchingOptions } from '../shared/search-select';
import { TextField } from '../shared/text-field';
import { Chips } from './chips';
import { MemberPicker, StaffPicker } from './session-form-parts';
import { durationPresets, maxOrganizationsWithPeople, type SessionFormState } from './use-session-form';

/** Sections of the session form (session-form.tsx); each reads and changes the one form state. */

const toggled = <T,>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** What kind of session, when, how long, online or not. */
export function SessionWhenSection({ form }: { form: SessionFormState }) {
  const { t } = useTranslation();
  const { kind, presetMinutes, customMinutes, isOnline } = form.values;
  return (
    <>
      <Chips
        label={t('coaching.form.kind')}
        options={coachingKinds.map((k) => ({ value: k, label: t(`coaching.kinds.${k}`) }))}
        selected={[kind]}
        onToggle={(k) =>
          form.setValues((now) => ({ ...now, kind: k, isOnline: k === 'online_qa' ? true : now.isOnline }))
        }
        testId="coaching-kind"
      />
      <TextField label={t('coaching.form.heldOn')} type="date" {...form.field('heldOn')} />
      <Chips
        label={t('coaching.form.duration')}
        options={durationPresets.map((m) => ({ value: String(m), label: t('coaching.minutes', { count: m }) }))}
        selected={customMinutes.trim() ? [] : [String(presetMinutes)]}
        onToggle={(m) => form.setValues((now) => ({ ...now, presetMinutes: Number(m), customMinutes: '' }))}
        testId="coaching-duration"
      />
      <TextField
        label={t('coaching.form.customMinutes')}
        inputMode="numeric"
        {...form.field('customMinutes')}
        error={form.errors.durationMinutes}
        testId="coaching-custom-minutes"
      />
      <Chips
        label={t('coaching.form.mode')}
        options={[
          { value: 'offline', label: t('coaching.offline') },
          { value: 'online', label: t('coaching.online') },
        ]}
        selected={[isOnline ? 'online' : 'offline']}
        onToggle={(mode) => form.set('isOnline', mode === 'online')}
        testId="coaching-mode"
      />
    </>
  );
}

/** The organizations present: the picked ones as chips (tap to remove), and a search to add more. */
export function SessionOrganizationsSection({
  form,
  organizations,
  session,
}: {
  form: SessionFormState;
  organizations: readonly OrganizationSummary[];
  session: CoachingSession | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const picked = form.values.organizationIds;
  const nameOf = useMemo(
    () => new Map([...(session?.organizations ?? []), ...organizations].map((o) => [o.id, o.name])),
    [organizations, session],
  );
  const results = useMemo(() => {
    if (!search.trim()) return [];
    const choices = organizations.map((o) => ({ id: o.id, label: o.name }));
    return matchingOptions(choices, search, (o) => picked.includes(o.id)).slice(0, 8);
  }, [organizations, search, picked]);
  return (
    <fieldset className="coaching-chips" data-testid="coaching-organizations">
      <legend>
        {t('coaching.form.organizations')} · {t('coaching.form.selected', { count: picked.length })}
      </legend>
      <div className="coaching-picked">
        {picked.map((id) => (
          <button
            key={id}
            type="button"
            className="coaching-chip coaching-chip--on"
            aria-label={t('coaching.form.remove', { name: nameOf.get(id) ?? id })}
            onClick={() =>
              // Who was present is picked per organization: start again rather than keep a stranger.
              form.setValues((now) => ({
                ...now,
                organizationIds: now.organizationIds.filter((p) => p !== id),
                personIds: [],
              }))
            }
            data-testid="coaching-picked-organization"
          >
            {nameOf.get(id) ?? '…'} ✕
          </button>
        ))}
      </div>
      <TextField
        label={t('coaching.form.search')}
        value={search}
        onChange={setSearch}
        error={form.errors.organizationIds}
        testId="coaching-organization-search"
      />
      <ul className="coaching-results">
        {results.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              data-testid="coaching-organization-result"
              onClick={() => {
                form.setValues((now) => ({ ...now, organizationIds: [...now.organizationIds, o.id] }));
                setSearch('');
              }}
            >
              {o.label}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Folded: what the session worked on, the start time, others present, notes, staff and people present. */
export function SessionDetailsSection({ form }: { form: SessionFormState }) {
  const { t } = useTranslation();
  const { capabilities, staffUserIds, personIds, organizationIds } = form.values;
  return (
    <details>
      <summary>
        {t('coaching.form.capabilities')} · {t('coaching.form.startTime')}
      </summary>
      <Chips
        label={t('coaching.form.capabilities')}
        options={coachingCapabilities.map((c) => ({ value: c, label: t(`coaching.capabilities.${c}`) }))}
        selected={capabilities}
        onToggle={(c) => form.set('capabilities', toggled(capabilities, c))}
        testId="coaching-capabilities"
      />
      <TextField label={t('coaching.form.startTime')} type="time" {...form.field('startTime')} />
      <TextField label={t('coaching.form.otherCount')} inputMode="numeric" {...form.field('otherCount')} />
      <TextField
        label={t('coaching.form.outcomeNotes')}
        multiline
        {...form.field('outcomeNotes')}
        testId="coaching-notes"
      />
      <StaffPicker selected={staffUserIds} onToggle={(id) => form.set('staffUserIds', toggled(staffUserIds, id))} />
      {organizationIds.length <= maxOrganizationsWithPeople &&
        organizationIds.map((organizationId) => (
          <MemberPicker
            key={organizationId}
            organizationId={organizationId}
            selected={personIds}
            onToggle={(id) => form.set('personIds', toggled(personIds, id))}
          />
        ))}
    </details>
  );
}
