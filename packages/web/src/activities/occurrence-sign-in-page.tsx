import { formatActivityTime, type OccurrenceSignIn } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { CopyLink } from '../shared/copy-link';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './occurrence-sign-in.css';

/**
 * /activities/planned/:id/:date — a planned date's sign-in QR code before it is held (issue 16):
 * big enough to scan from the screen held up at the door, the short code, the link to send to the
 * group, and the A4 sheet to print. Asking for it reserves the date's code (the server does).
 */
export function OccurrenceSignInPage() {
  const { id = '', date = '' } = useParams();
  const { resource, reload } = useResource<OccurrenceSignIn>(
    `/api/planned-activities/${encodeURIComponent(id)}/occurrences/${encodeURIComponent(date)}/sign-in`,
  );
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(occurrence) => <OccurrenceSignInView occurrence={occurrence} />}
    </ResourceView>
  );
}

/** "ABCD2345" as "ABCD 2345": two groups are easier to read out and type. */
function spacedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

function OccurrenceSignInView({ occurrence }: { occurrence: OccurrenceSignIn }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  useDocumentTitle(`${t('activities.plannedSignIn.title')} · ${occurrence.title}`);
  const code = encodeURIComponent(occurrence.code);
  const sheet = `/api/planned-activities/${encodeURIComponent(occurrence.plannedActivityId)}/occurrences/${occurrence.on}/sign-in-sheet.pdf?lang=${encodeURIComponent(locale)}`;
  return (
    <article className="page page--narrow occurrence-sign-in" data-testid="occurrence-sign-in-page">
      <header className="page-header">
        <h1>{t('activities.plannedSignIn.title')}</h1>
        <p className="occurrence-sign-in__title">{occurrence.title}</p>
        <p className="muted">{occurrence.organizationName}</p>
        <p className="muted">{formatActivityTime(occurrence.startsAt, occurrence.endsAt, locale)}</p>
        {occurrence.place && <p className="muted">{occurrence.place}</p>}
      </header>
      <img
        className="occurrence-sign-in__qr"
        src={`/api/sign-in/${code}/qr.svg`}
        alt={t('activities.plannedSignIn.qrAlt')}
        width={280}
        height={280}
        data-testid="occurrence-qr"
      />
      <p className="occurrence-sign-in__code">
        <span className="muted">{t('activities.plannedSignIn.codeLabel')}</span>
        <strong data-testid="occurrence-code" data-code={occurrence.code}>
          {spacedCode(occurrence.code)}
        </strong>
      </p>
      {occurrence.activityId ? (
        <p className="notice" data-testid="occurrence-held">
          {t('activities.plannedSignIn.held')}{' '}
          <Link to={`/activities/${encodeURIComponent(occurrence.activityId)}`} data-testid="occurrence-record-link">
            {t('activities.plannedSignIn.seeRecord')}
          </Link>
        </p>
      ) : (
        <div className="notice">
          <p>
            {t('activities.plannedSignIn.opensHint', {
              time: formatDateTime(occurrence.signInOpensAt, locale),
            })}
          </p>
          <p>{t('activities.plannedSignIn.howItWorks')}</p>
        </div>
      )}
      <a
        className="button button--primary button--block button--big"
        href={sheet}
        target="_blank"
        rel="noopener"
        data-testid="occurrence-print-sheet"
      >
        {t('activities.plannedSignIn.printSheet')}
      </a>
      <div className="occurrence-sign-in__link">
        <CopyLink label={t('activities.plannedSignIn.linkLabel')} link={occurrence.link} testId="occurrence-link" />
      </div>
      <p>
        <Link to={`/organizations/${encodeURIComponent(occurrence.organizationId)}`}>
          {t('activities.plannedSignIn.back')}
        </Link>
      </p>
    </article>
  );
}
