import { type ActivityDetail, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { useUser } from '../shared/session';
import './documents.css';

/**
 * Links to print the 签到表 and 活动记录表 of an activity (seed 002: teams sign in on paper and
 * photograph the sheets into the activity report). The PDFs open in a new tab, in the app's language;
 * the photo upload itself is on the activity form.
 */
export function ActivityPaperSheets({ activity }: { activity: ActivityDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  if (!can(user, 'document.activity_sheets.print')) return null;
  const base = `/api/activities/${encodeURIComponent(activity.id)}`;
  const lang = `lang=${encodeURIComponent(currentLocale())}`;
  return (
    <section className="activity-section paper-sheets" data-testid="activity-paper-sheets">
      <h2>{t('documents.title')}</h2>
      <p className="muted paper-sheets__help">{t('documents.help')}</p>
      <div className="paper-sheets__links">
        <a
          className="button button--secondary"
          href={`${base}/sign-in-sheet.pdf?${lang}`}
          target="_blank"
          rel="noopener"
          title={t('documents.opensInNewTab')}
          data-testid="print-sign-in-sheet"
        >
          {t('documents.printSignInSheet')}
        </a>
        <a
          className="button button--secondary"
          href={`${base}/record-sheet.pdf?${lang}`}
          target="_blank"
          rel="noopener"
          title={t('documents.opensInNewTab')}
          data-testid="print-record-sheet"
        >
          {t('documents.printRecordSheet')}
        </a>
      </div>
    </section>
  );
}
