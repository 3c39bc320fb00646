import {
  type CoachingCapability,
  type CoachingKind,
  type CoachingSession,
  coachingCapabilities,
  coachingKinds,
  coachingSessionInputSchema,
  type OrganizationSummary,
  shanghaiDate,
} from '@seedbed/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import { Chips } from './chips';
import { MemberPicker, StaffPicker } from './session-form-parts';
import './coaching.css';

const durationPresets = [60, 90, 120] as const;

/**
 * Record a coaching session right after it, on a phone: kind chips, today's date, a duration preset,
 * the organizations present (search and tap), a topic. Everything else is optional and folded.
 */
export function SessionFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.form.title'));
  const [params] = useSearchParams();
  const { resource } = useResource<{ items: OrganizationSummary[] }>('/api/organizations');
  const organizations = resource.status === 'ready' ? resource.data.items : [];
  const [saved, setSaved] = useState<CoachingSession | null>(null);
  const [formKey, setFormKey] = useState(0);
  const initial = params.get('organizationId');
  return (
    <article className="page page--narrow" data-testid="coaching-session-form-page">
      <header className="page-header">
        <h1>{t('coaching.form.title')}</h1>
      </header>
      {saved ? (
        <div className="card" data-testid="coaching-session-saved">
          <p className="success">{t('coaching.form.saved')}</p>
          <p>
            {saved.heldOn} · {t(`coaching.kinds.${saved.kind}`)} · {saved.topic}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null);
              setFormKey((k) => k + 1);
            }}
          >
            {t('coaching.form.another')}
          </button>{' '}
          <Link to="/coaching/sessions">{t('coaching.list.title')}</Link>
        </div>
      ) : (
        <SessionForm
          key={formKey}
          organizations={organizations}
          initialIds={initial ? [initial] : []}
          onSaved={setSaved}
        />
      )}
    </article>
  );
}

function SessionForm({
  organizations,
  initialIds,
  onSaved,
}: {
  organizations: readonly OrganizationSummary[];
  initialIds: string[];
  onSaved: (session: CoachingSession) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [kind, setKind] = useState<CoachingKind>('open_day');
  const [heldOn, setHeldOn] = useState(() => shanghaiDate(new Date()));
  const [startTime, setStartTime] = useState('');
  const [minutes, setMinutes] = useState<number>(90);
  const [customMinutes, setCustomMinutes] = useState('');
  const [isOnline, setOnline] = useState(false);
  const [picked, setPicked] = useState<string[]>(initialIds);
  const [search, setSearch] = useState('');
  const [topic, setTopic] = useState('');
  const [capabilities, setCapabilities] = useState<CoachingCapability[]>([]);
  const [otherCount, setOtherCount] = useState('');
  const [notes, setNotes] = useState('');
  const [staffIds, setStaffIds] = useState<string[]>(() => [user.id]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  const nameOf = useMemo(() => new Map(organizations.map((o) => [o.id, o.name])), [organizations]);
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
    const parsed = coachingSessionInputSchema.safeParse(value);
    if (!parsed.success) {
      const found = fieldErrorsFromIssues(parsed.error.issues, t);
      if (found.organizationIds) found.organizationIds = t('coaching.form.pickOrganization');
      setErrors(found);
      return;
    }
    setErrors({});
    setSending(true);
    try {
      onSaved(await api.post<CoachingSession>('/api/coaching-sessions', parsed.data));
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
        {t('coaching.form.submit')}
      </button>
    </form>
  );
}
