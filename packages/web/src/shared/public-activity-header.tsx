import { currentLocale } from '../i18n';
import { formatDateTime } from './format';

/** The head of a page a resident opens from an activity's QR code: what, who, when. */
export function PublicActivityHeader({
  activity,
  testId,
}: {
  activity: { title: string; organizations: readonly string[]; startsAt: string };
  testId: string;
}) {
  return (
    <header className="page-header">
      <h1 data-testid={testId}>{activity.title}</h1>
      <p className="muted">{activity.organizations.join('、')}</p>
      <p className="muted">{formatDateTime(activity.startsAt, currentLocale())}</p>
    </header>
  );
}
