import { useTranslation } from 'react-i18next';
import './consent-notice.css';

/**
 * What a public page tells a resident before they give their name or phone (PIPL art. 17: purpose,
 * what is kept, for how long, who sees it), above the consent tick. Written for a 70-year-old on a
 * cheap phone: a plain summary in big type always shown, the four answers behind one big "more".
 * `messages` names a group of keys in the page's own catalogue (NoticeMessages, so they are type-checked) (title, summary, more, purpose,
 * kept, retention, who, and their labels), so each page says exactly what it keeps.
 */
type NoticeMessages = 'activities.signIn.notice' | 'volunteering.page.notice';

export function ConsentNotice({ messages, testId }: { messages: NoticeMessages; testId: string }) {
  const { t } = useTranslation();
  const rows = ['purpose', 'kept', 'retention', 'who'] as const;
  return (
    <section className="consent-notice" data-testid={testId}>
      <h2 className="consent-notice__title">{t(`${messages}.title`)}</h2>
      <p className="consent-notice__summary">{t(`${messages}.summary`)}</p>
      <details className="consent-notice__details">
        <summary data-testid={`${testId}-more`}>{t(`${messages}.more`)}</summary>
        <dl>
          {rows.map((row) => (
            <div key={row} className="consent-notice__row">
              <dt>{t(`${messages}.${row}Label`)}</dt>
              <dd>{t(`${messages}.${row}`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
