import { type ActivityDetail, can, headCountClauses } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/**
 * The record's head counts in one sentence ("12 位队员组织，服务居民 25 人，到场共 37 人…"), so the
 * figures below read as one story instead of numbers that disagree (core's headCountClauses).
 */
export function HeadCountSentence({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const clauses = headCountClauses(activity);
  const text = clauses.map(({ key, count }) => t(`activities.page.sentence.${key}`, { count }));
  const sentence = text.join(t('activities.page.sentence.separator')) + t('activities.page.sentence.end');
  return (
    <p className="head-count-sentence" data-testid="activity-head-count-sentence">
      {sentence.charAt(0).toUpperCase() + sentence.slice(1)}
    </p>
  );
}

/** The evidence level in plain words: what makes this record credible, and what would make it more so. */
export function EvidencePanel({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const { evidence } = activity;
  return (
    <section className={`activity-section evidence evidence--${evidence.level}`} data-testid="activity-evidence">
      <h2>{t('activities.page.evidenceTitle')}</h2>
      <p className="evidence__level" data-level={evidence.level}>
        <span className="evidence__dots" aria-hidden="true">
          {[0, 1, 2].map((dot) => (
            <span key={dot} className={dot <= evidence.rank ? 'evidence__dot evidence__dot--on' : 'evidence__dot'} />
          ))}
        </span>
        {t(`activities.page.evidence.${evidence.level}`)}
      </p>
      {evidence.reasons.length > 0 && (
        <ul className="evidence__reasons">
          {evidence.reasons.map((reason) => (
            <li key={reason}>✓ {t(`activities.page.evidenceReason.${reason}`)}</li>
          ))}
        </ul>
      )}
      {evidence.rank < 2 && <p className="muted">{t('activities.page.evidenceNone')}</p>}
    </section>
  );
}

/** The self sign-in link and its QR code (from the documents slice), and who signed in. */
export function SignInPanel({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const [isCopied, setCopied] = useState(false);
  const code = encodeURIComponent(activity.signInCode);
  const link = `${globalThis.location?.origin ?? ''}/s/${code}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard in this browser: the link is on screen to select by hand.
    }
  }
  return (
    <section className="activity-section sign-in-panel" data-testid="activity-sign-in">
      <h2>{t('activities.page.signInTitle')}</h2>
      <p className="muted">{t('activities.page.signInHint')}</p>
      <p className="sign-in-panel__link">
        {/* A whole page load: /s/ is the server's page, not one of this app's routes. */}
        <a href={`/s/${code}`} data-testid="sign-in-link">
          {link}
        </a>
      </p>
      <button type="button" className="button button--secondary" onClick={copy} data-testid="sign-in-copy">
        {isCopied ? t('activities.page.copied') : t('activities.page.copyLink')}
      </button>
      <img
        className="sign-in-panel__qr"
        src={`/api/sign-in/${code}/qr.svg`}
        alt={t('activities.page.qrAlt')}
        width={180}
        height={180}
      />
      <p data-testid="sign-in-count">{t('activities.page.signInCount', { count: activity.selfSignInCount })}</p>
      {activity.selfSignInCount > 0 && (
        <p className="muted" data-testid="sign-ins-with-phone">
          {t('activities.page.signInsWithPhone', { count: activity.selfSignInsWithPhone })}
        </p>
      )}
      {activity.signInFlags.map((flag) => (
        <p key={flag} className="notice notice--warning" role="status" data-testid={`sign-in-flag-${flag}`}>
          {t(`activities.page.signInFlag.${flag}`)}
        </p>
      ))}
      {can(user, 'activity.sign_ins.read') && <SignInList activityId={activity.id} />}
    </section>
  );
}

function SignInList({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<{ items: { id: string; name: string; isChild: boolean }[] }>(
    `/api/activities/${encodeURIComponent(activityId)}/sign-ins`,
  );
  if (resource.status !== 'ready') return null;
  const { items } = resource.data;
  return (
    <div data-testid="sign-in-list">
      <h3>{t('activities.page.signIns')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('activities.page.noSignIns')}</p>
      ) : (
        <ul className="inline-list">
          {items.map((item) => (
            <li key={item.id}>{item.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
