import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ConsentNotice } from '../shared/consent-notice';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';
import './activities.css';
import { PublicActivityHeader } from '../shared/public-activity-header';

interface SignInPageData {
  title: string;
  organizations: string[];
  startsAt: string;
  endsAt: string;
  isOpen: boolean;
  /** A planned date's code before its window: when sign-in opens. */
  opensAt?: string;
}

/**
 * /s/:code: a resident scans the QR code at an activity and signs in with a name (phone
 * optional; a child never gives one and needs a guardian's tick). No account, tiny page.
 * Not a useSchemaForm on purpose, like the leader's activity form: it is held to the same 150 KB
 * budget (tests/build/bundle-budget.test.ts; 114 KB today), and zod with core's schemas would add
 * about 28 KB gzip for two fields. It checks them itself; the server validates with core's schema.
 */
export function SignInPage() {
  const { code = '' } = useParams();
  const path = `/api/sign-in/${encodeURIComponent(code)}`;
  const { resource, reload } = useResource<SignInPageData>(path, { anonymous: true });
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(activity) => <SignInView activity={activity} path={path} code={code} />}
    </ResourceView>
  );
}

function SignInView({ activity, path, code }: { activity: SignInPageData; path: string; code: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('activities.signIn.title'));
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [isChild, setChild] = useState(false);
  const [guardianConsent, setGuardianConsent] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  const [isSending, setSending] = useState(false);
  const [isClosed, setClosed] = useState(!activity.isOpen);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const problems: FieldErrors = {};
    if (!name.trim()) problems.name = t('validation.required');
    if (!consent) problems.consent = t('activities.signIn.consentRequired');
    if (isChild && !guardianConsent) problems.guardianConsent = t('activities.signIn.guardianRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const body = {
        name: name.trim(),
        consent: true,
        isChild,
        ...(isChild ? { guardianConsent: true } : phone.trim() ? { phone: phone.trim() } : {}),
      };
      // The answer is the same for a first and a repeat sign-in (it tells nobody who signed in before).
      await api.post<{ name: string }>(path, body, { anonymous: true });
      setDone(true);
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError.code === 'activity.sign_in_closed') setClosed(true);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <article className="page page--narrow sign-in-page" data-testid="sign-in-page">
      <PublicActivityHeader activity={activity} testId="sign-in-activity" />
      {isDone ? (
        <div className="success sign-in-page__done" role="status" data-testid="sign-in-done">
          <span className="sign-in-page__tick" aria-hidden="true">
            ✓
          </span>
          <p>{t('activities.signIn.done')}</p>
        </div>
      ) : isClosed ? (
        <p className="notice" role="status" data-testid="sign-in-closed">
          {activity.opensAt
            ? t('activities.plannedSignIn.notOpenYet', { time: formatDateTime(activity.opensAt, currentLocale()) })
            : t('activities.signIn.closed')}
        </p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p>{t('activities.signIn.intro')}</p>
          <TextField
            label={t('activities.signIn.name')}
            value={name}
            onChange={setName}
            error={errors.name}
            autoComplete="name"
            maxLength={60}
            required
            testId="sign-in-name"
          />
          <label className="check check--big">
            <input
              type="checkbox"
              checked={isChild}
              data-testid="sign-in-child"
              onChange={(event) => setChild(event.target.checked)}
            />
            {t('activities.signIn.child')}
          </label>
          {isChild ? (
            <label className={errors.guardianConsent ? 'check check--big check--invalid' : 'check check--big'}>
              <input
                type="checkbox"
                checked={guardianConsent}
                data-testid="sign-in-guardian"
                onChange={(event) => setGuardianConsent(event.target.checked)}
              />
              {t('activities.signIn.guardian')}
            </label>
          ) : (
            <TextField
              label={t('activities.signIn.phone')}
              value={phone}
              onChange={setPhone}
              error={errors.phone}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              maxLength={11}
              testId="sign-in-phone"
            />
          )}
          {errors.guardianConsent && <p className="field__error">{errors.guardianConsent}</p>}
          <ConsentNotice messages="activities.signIn.notice" testId="sign-in-notice" />
          <label className={errors.consent ? 'check check--big check--invalid' : 'check check--big'}>
            <input
              type="checkbox"
              checked={consent}
              data-testid="sign-in-consent"
              onChange={(event) => setConsent(event.target.checked)}
            />
            {t('activities.signIn.consent')}
          </label>
          {errors.consent && <p className="field__error">{errors.consent}</p>}
          {failure && (
            <p className="field__error" role="alert">
              {failure}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={isSending}
            data-testid="sign-in-submit"
          >
            {t('activities.signIn.submit')}
          </button>
        </form>
      )}
      <p className="sign-in-page__volunteer">
        <Link to={`/v/${encodeURIComponent(code)}`} data-testid="volunteer-link">
          {t('activities.signIn.volunteer')}
        </Link>
      </p>
    </article>
  );
}
