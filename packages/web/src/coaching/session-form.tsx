import {
  type CoachingCapability,
  type CoachingKind,
  type CoachingSession,
  coachingCapabilities,
  coachingKinds,
  coachingSessionInputSchema,
  coachingSessionUpdateInputSchema,
  type OrganizationSummary,
  shanghaiDate,
} from '@seedbed/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import { Chips } from './chips';
import { MemberPicker, StaffPicker } from './session-form-parts';
import './coaching.css';

export const durationPresets: readonly number[] = [60, 90, 120];

/**
 * The session form, shared by "record" (POST) and "change" (PATCH, `session` given: every field
 * prefilled from it). A change sends every list shown, which replaces the old one; the people
 * present are left alone when they are not offered (more than three organizations).
 */
export function SessionForm({
  organizations,
  initialIds,
  session,
  onSaved,
}: {
  organizations: readonly OrganizationSummary[];
  initialIds: string[];
  session?: CoachingSession;
  onSaved: (session: CoachingSession) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const isPreset = session ? durationPresets.includes(session.durationMinutes) : true;
  const [kind, setKind] = useState<CoachingKind>(session?.kind ?? 'open_day');
  const [heldOn, setHeldOn] = useState(() => session?.heldOn ?? shanghaiDate(new Date()));
  const [startTime, setStartTime] = useState(session?.startTime ?? '');
  const [minutes, setMinutes] = useState<number>(session && isPreset ? session.durationMinutes : 90);
  const [customMinutes, setCustomMinutes] = useState(session && !isPreset ? String(session.durationMinutes) : '');
  const [isOnline, setOnline] = useState(session?.isOnline ?? false);
  const [picked, setPicked] = useState<string[]>(() => session?.organizations.map((o) => o.id) ?? initialIds);
  const [search, setSearch] = useState('');
  const [topic, setTopic] = useState(session?.topic ?? '');
  const [capabilities, setCapabilities] = useState<CoachingCapability[]>(session?.capabilities ?? []);
  const [otherCount, setOtherCount] = useState(session?.otherCount ? String(session.otherCount) : '');
  const [notes, setNotes] = useState(session?.outcomeNotes ?? '');
  const [staffIds, setStaffIds] = useState<string[]>(() => session?.staff.map((s) => s.id) ?? [user.id]);
  const [personIds, setPersonIds] = useState<string[]>(() => session?.people.map((p) => p.id) ?? []);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  const nameOf = useMemo(
    () => new Map([...(session?.organizations ?? []), ...organizations].map((o) => [o.id, o.name])),
    [organizations, session],
  );
  const results = useMemo(() => {
    const needle = search.trim();
    if (!needle) return [];
    return organizations.filter((o) => o.name.includes(needle) && !picked.includes(o.id)).slice(0, 8);
  }, [organizations, search, picked]);

  async function submit() {
    setFailure(null);
    const custom = Number.parseInt(customMinutes, 10);
    const value = {
      kind,
      heldOn,
      startTime: startTime || undefined,
      durationMinutes: customMinutes.trim() ? custom : minutes,
      isOnline,
      organizationIds: picked,
      staffUserIds: staffIds,
      personIds: picked.length <= 3 ? personIds : [],
      topic: topic.trim(),
      capabilities,
      otherCount: otherCount.trim() ? Number.parseInt(otherCount, 10) : 0,
      outcomeNotes: notes.trim() || undefined,
    };
    const parsed = session
      ? coachingSessionUpdateInputSchema.safeParse({
          ...value,
          startTime: value.startTime ?? null,
          outcomeNotes: value.outcomeNotes ?? null,
          // More than three organizations: people are not offered, so the old list stays.
          personIds: picked.length <= 3 ? personIds : undefined,
        })
      : coachingSessionInputSchema.safeParse(value);
    if (!parsed.success) {
      const found = fieldErrorsFromIssues(parsed.error.issues, t);
      if (found.organizationIds) found.organizationIds = t('coaching.form.pickOrganization');
      setErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    try {
      onSaved(
        session
          ? await api.patch<CoachingSession>(`/api/coaching-sessions/${encodeURIComponent(session.id)}`, parsed.data)
          : await api.post<CoachingSession>('/api/coaching-sessions', parsed.data),
      );
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      className="form card"
      data-testid="coaching-session-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Chips
        label={t('coaching.form.kind')}
        options={coachingKinds.map((k) => ({ value: k, label: t(`coaching.kinds.${k}`) }))}
        selected={[kind]}
        onToggle={(k) => {
          setKind(k);
          if (k === 'online_qa') setOnline(true);
        }}
        testId="coaching-kind"
      />
      <TextField
        label={t('coaching.form.heldOn')}
        type="date"
        value={heldOn}
        onChange={setHeldOn}
        error={errors.heldOn}
        required
      />
      <Chips
        label={t('coaching.form.duration')}
        options={durationPresets.map((m) => ({ value: String(m), label: t('coaching.minutes', { count: m }) }))}
        selected={customMinutes.trim() ? [] : [String(minutes)]}
        onToggle={(m) => {
          setMinutes(Number(m));
          setCustomMinutes('');
        }}
        testId="coaching-duration"
      />
      <TextField
        label={t('coaching.form.customMinutes')}
        inputMode="numeric"
        value={customMinutes}
        onChange={setCustomMinutes}
        error={errors.durationMinutes}
        testId="coaching-custom-minutes"
      />
      <Chips
        label={t('coaching.form.mode')}
        options={[
          { value: 'offline', label: t('coaching.offline') },
          { value: 'online', label: t('coaching.online') },
        ]}
        selected={[isOnline ? 'online' : 'offline']}
        onToggle={(mode) => setOnline(mode === 'online')}
        testId="coaching-mode"
      />
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
              onClick={() => {
                setPicked((now) => now.filter((p) => p !== id));
                // Who was present is picked per organization: start again rather than keep a stranger.
                setPersonIds([]);
              }}
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
          error={errors.organizationIds}
          testId="coaching-organization-search"
        />
        <ul className="coaching-results">
          {results.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                data-testid="coaching-organization-result"
                onClick={() => {
                  setPicked((now) => [...now, o.id]);
                  setSearch('');
                }}
              >
                {o.name}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField
        label={t('coaching.form.topic')}
        value={topic}
        onChange={setTopic}
        error={errors.topic}
        required
        testId="coaching-topic"
      />
      <details>
        <summary>
          {t('coaching.form.capabilities')} · {t('coaching.form.startTime')}
        </summary>
        <Chips
          label={t('coaching.form.capabilities')}
          options={coachingCapabilities.map((c) => ({ value: c, label: t(`coaching.capabilities.${c}`) }))}
          selected={capabilities}
          onToggle={(c) => setCapabilities((now) => (now.includes(c) ? now.filter((x) => x !== c) : [...now, c]))}
          testId="coaching-capabilities"
        />
        <TextField
          label={t('coaching.form.startTime')}
          type="time"
          value={startTime}
          onChange={setStartTime}
          error={errors.startTime}
        />
        <TextField
          label={t('coaching.form.otherCount')}
          inputMode="numeric"
          value={otherCount}
          onChange={setOtherCount}
          error={errors.otherCount}
        />
        <TextField
          label={t('coaching.form.outcomeNotes')}
          multiline
          value={notes}
          onChange={setNotes}
          error={errors.outcomeNotes}
          testId="coaching-notes"
        />
        <StaffPicker selected={staffIds} onToggle={(id) => setStaffIds((now) => toggle(now, id))} />
        {picked.length <= 3 &&
          picked.map((organizationId) => (
            <MemberPicker
              key={organizationId}
              organizationId={organizationId}
              selected={personIds}
              onToggle={(id) => setPersonIds((now) => toggle(now, id))}
            />
          ))}
      </details>
      {failure && <ErrorNotice message={failure} />}
      <button
        className="button button--primary button--block"
        type="submit"
        disabled={isSending}
        data-testid="coaching-submit"
      >
        {session ? t('coaching.edit.submit') : t('coaching.form.submit')}
      </button>
    </form>
  );
}
