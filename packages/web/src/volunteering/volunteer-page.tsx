import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { ConsentNotice } from '../shared/consent-notice';
import { useDocumentTitle } from '../shared/document-title';
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

const phonePattern = /^1[3-9]\d{9}$/;

/**
 * /v/:code: a volunteer at an activity taps 签到 when they start and 签退 when they finish. No
 * account; name + phone + consent, adults only (a child is told why and what to do instead). The
 * times are the server's. The sign-in answers a sign-out token that this phone keeps (per code), so
 * 签退 is one tap — and nobody else can sign the volunteer out by knowing their phone number.
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
      {(activity) => <VolunteerView activity={activity} path={path} code={code} />}
    </ResourceView>
  );
}

const tokenKey = (code: string) => `seedbed.volunteer.signOut.${code.toUpperCase()}`;

function storedToken(code: string): string | null {
  try {
    return localStorage.getItem(tokenKey(code));
  } catch {
    return null;
  }
}

/**
 * Keeps the first token this phone was given for the code: a repeat sign-in's token opens nothing
 * (the server keeps only the first), so it must not replace it.
 */
function keepToken(code: string, token: string) {
  try {
    if (!localStorage.getItem(tokenKey(code))) localStorage.setItem(tokenKey(code), token);
  } catch {
    // Private mode: the volunteer asks the leader or staff to sign them out.
  }
}

function VolunteerView({ activity, path, code }: { activity: VolunteerPageData; path: string; code: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('volunteering.title'));
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [isChild, setChild] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const [isClosed, setClosed] = useState(!activity.isOpen);

  async function attempt(request: () => Promise<void>) {
    setSending(true);
    try {
      await request();
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'volunteering.sign_in_closed') setClosed(true);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSending(false);
    }
  }

  function signIn() {
    setFailure(null);
    setDone(null);
    const problems: FieldErrors = {};
    if (!phonePattern.test(phone.trim())) problems.phone = t('validation.phone');
    if (!name.trim()) problems.name = t('validation.required');
    if (!consent) problems.consent = t('volunteering.page.consentRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    return attempt(async () => {
      const body = { name: name.trim(), phone: phone.trim(), consent: true, isChild: false };
      const answer = await api.post<{ name: string; signOutToken: string }>(`${path}/sign-in`, body, {
        anonymous: true,
      });
      keepToken(code, answer.signOutToken);
      setDone(t('volunteering.page.signedIn', { name: answer.name }));
    });
  }

  function signOut() {
    setFailure(null);
    setDone(null);
    setErrors({});
    const signOutToken = storedToken(code);
    if (!signOutToken) {
      setFailure(t('volunteering.page.noKey'));
      return;
    }
    return attempt(async () => {
      const answer = await api.post<{ minutes: number }>(`${path}/sign-out`, { signOutToken }, { anonymous: true });
      setDone(t('volunteering.page.signedOut', { duration: formatMinutes(answer.minutes, t) }));
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void signIn();
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
              <ConsentNotice messages="volunteering.page.notice" testId="volunteer-notice" />
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
                  onClick={() => void signOut()}
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
