import { type passwordResetIssuedSchema, passwordResetIssueInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { CopyLink } from '../shared/copy-link';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import type { Parsed } from '../shared/schema-types';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import './passwords.css';

type Issued = Parsed<typeof passwordResetIssuedSchema>;

/**
 * Staff (and the administrator) give someone who forgot the password a way back in: a one-time
 * code, its link and a QR code to scan from this screen. Seedbed sends no messages; staff hand it
 * over in person or in WeChat. `?login=` fills the phone or username in.
 */
export function IssueResetPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwords.issue.title'));
  const [searchParams] = useSearchParams();
  const [issued, setIssued] = useState<Issued | null>(null);
  const form = useSchemaForm(
    passwordResetIssueInputSchema,
    { login: searchParams.get('login') ?? '' },
    { send: (data) => api.post<Issued>('/api/password-resets', data), onSaved: setIssued },
  );
  return (
    <section className="page page--narrow">
      <h1>{t('passwords.issue.title')}</h1>
      <p className="lead">{t('passwords.issue.intro')}</p>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="issue-reset-form">
        <TextField
          label={t('passwords.issue.login')}
          name="login"
          autoComplete="off"
          {...form.field('login')}
          testId="issue-reset-login"
        />
        <FormFooter
          state={form}
          label={t('passwords.issue.submit')}
          savingLabel={t('passwords.issue.submitting')}
          savedLabel=""
          testId="issue-reset-submit"
          isBlock
        />
      </form>
      {issued && <IssuedReset issued={issued} />}
    </section>
  );
}

function IssuedReset({ issued }: { issued: Issued }) {
  const { t } = useTranslation();
  return (
    <section className="card reset-issued" role="status" data-testid="reset-issued">
      <h2>{t('passwords.issue.for', { name: issued.displayName })}</h2>
      <p className="muted">{t('passwords.issue.code')}</p>
      <p className="reset-issued__code" data-testid="reset-issued-code">
        {issued.code}
      </p>
      <div className="invite-link">
        <CopyLink
          label={t('passwords.issue.link')}
          link={`${window.location.origin}${issued.path}`}
          testId="reset-link"
        />
      </div>
      <figure className="reset-issued__qr">
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(issued.qrSvg)}`}
          alt={t('passwords.issue.qr')}
        />
        <figcaption className="muted">{t('passwords.issue.qr')}</figcaption>
      </figure>
      <p className="muted">
        {t('passwords.issue.expires', { date: formatDateTime(issued.expiresAt, currentLocale()) })}
      </p>
      <p>{t('passwords.issue.howTo')}</p>
    </section>
  );
}
