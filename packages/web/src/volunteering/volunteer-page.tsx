import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';
import { formatMinutes } from './hours-format';
import './volunteering.css';
import { PublicActivityHeader } from '../shared/public-activity-header';

interface VolunteerPageData {
  title: string;
  organizations: string[];
  startsAt: string;
  endsAt: string;
  isOpen: boolean;
}

interface AttendanceAnswer {
  name: string;
  signedInAt: string;
  signedOutAt: string | null;
  minutes: number | null;
  isNew: boolean;
}

const phonePattern = /^1[3-9]\d{9}$/;
const phoneKey = 'seedbed.volunteer.phone';

/**
 * /v/:code: a volunteer at an activity taps 签到 when they start and 签退 when they finish. No
 * account; name + phone + consent, adults only (a child is told why and what to do instead). The
 * times are the server's. The phone is remembered on this phone so 签退 is one tap.
 * Like the residents' sign-in page (/s/:code), a public page opened from a QR code on a cheap phone:
 * it checks its three fields itself rather than load zod and core's schemas (≈ 28 KB gzip); the
 * server validates with core's schema, and its field issues show beside the inputs.
 */
export function VolunteerPage() {
  const { code = '' } = useParams();
  const path = `/api/volunteer/${encodeURIComponent(code)}`;
  const { resource, reload } = useResource<VolunteerPageData>(path, { anonymous: true });
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(activity) => <VolunteerView activity={activity} path={path} />}
    </ResourceView>
  );
}

function rememberedPhone(): string {
  try {
    return localStorage.getItem(phoneKey) ?? '';
  } catch {
    return '';
  }
}

function VolunteerView({ activity, path }: { activity: VolunteerPageData; path: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('volunteering.title'));
  const locale = currentLocale();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState(rememberedPhone);
  const [consent, setConsent] = useState(false);
  const [isChild, setChild] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const [isClosed, setClosed] = useState(!activity.isOpen);

  async function send(action: 'sign-in' | 'sign-out') {
    setFailure(null);
    setDone(null);
    const problems: FieldErrors = {};
    if (!phonePattern.test(phone.trim())) problems.phone = t('validation.phone');
    if (action === 'sign-in') {
      if (!name.trim()) problems.name = t('validation.required');
      if (!consent) problems.consent = t('volunteering.page.consentRequired');
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const body =
        action === 'sign-in'
          ? { name: name.trim(), phone: phone.trim(), consent: true, isChild: false }
          : { phone: phone.trim() };
      const answer = await api.post<AttendanceAnswer>(`${path}/${action}`, body, { anonymous: true });
      try {
        localStorage.setItem(phoneKey, phone.trim());
      } catch {
        // Private mode: the volunteer types the number again at 签退.
      }
      const time = formatDateTime(answer.signedInAt, locale) ?? '';
      setDone(
        action === 'sign-out'
          ? t('volunteering.page.signedOut', { duration: formatMinutes(answer.minutes ?? 0, t) })
          : answer.isNew
            ? t('volunteering.page.signedIn', { time })
            : t('volunteering.page.signedInAgain', { time }),
      );
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'volunteering.sign_in_closed') setClosed(true);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send('sign-in');
  }

  return (
    <article className="page page--narrow volunteer-page" data-testid="volunteer-page">
      <PublicActivityHeader activity={activity} testId="volunteer-activity" />
      {isClosed ? (
        <p className="notice" role="status" data-testid="volunteer-closed">
          {t('volunteering.page.closed')}
        </p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p>{t('volunteering.page.intro')}</p>
          <label className="check check--big">
            <input
              type="checkbox"
              checked={isChild}
              onChange={(event) => setChild(event.target.checked)}
              data-testid="volunteer-child"
            />
            {t('volunteering.page.child')}
          </label>
          {isChild ? (
            <p className="notice" role="status" data-testid="volunteer-child-explain">
              {t('volunteering.page.childExplain')}
            </p>
          ) : (
            <>
              <TextField
                label={t('volunteering.page.name')}
                value={name}
                onChange={setName}
                error={errors.name}
                autoComplete="name"
                maxLength={60}
                testId="volunteer-name"
              />
              <TextField
                label={t('volunteering.page.phone')}
                value={phone}
                onChange={setPhone}
                error={errors.phone}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                maxLength={11}
                required
                testId="volunteer-phone"
              />
              <p className="muted">{t('volunteering.page.privacy')}</p>
              <label className={errors.consent ? 'check check--big check--invalid' : 'check check--big'}>
                <input
                  type="checkbox"
                  checked={consent}
                  onChange={(event) => setConsent(event.target.checked)}
                  data-testid="volunteer-consent"
                />
                {t('volunteering.page.consent')}
              </label>
              {errors.consent && <p className="field__error">{errors.consent}</p>}
              {failure && (
                <p className="field__error" role="alert" data-testid="volunteer-error">
                  {failure}
                </p>
              )}
              {done && (
                <p className="success" role="status" data-testid="volunteer-done">
                  {done}
                </p>
              )}
              <div className="volunteer-page__buttons">
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={isSending}
                  data-testid="volunteer-sign-in"
                >
                  {t('volunteering.page.signIn')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={isSending}
                  onClick={() => void send('sign-out')}
                  data-testid="volunteer-sign-out"
                >
                  {t('volunteering.page.signOut')}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </article>
  );
}
