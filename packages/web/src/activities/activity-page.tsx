import { type ActivityDetail, type ActivityMedia, can, recordsForTeam } from '@seedbed/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { ActivityChatMark } from '../chat';
import { ActivityPaperSheets } from '../documents';
import { currentLocale } from '../i18n';
import { ActivityPublicityActions } from '../publicity';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ActivityStaffSide } from '../tracking';
import { ActivityVolunteerHours } from '../volunteering';
import { EvidencePanel, HeadCountSentence, SignInPanel } from './activity-panels';
import { LocalStatus } from './form-controls';
import './activities.css';

/** /activities/:id: one activity as its organization and the staff see it, phone-first. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<ActivityDetail>(`/api/activities/${encodeURIComponent(id)}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(activity) =>
        activity.mergedIntoId ? (
          <Navigate to={`/activities/${activity.mergedIntoId}`} replace />
        ) : (
          <ActivityView key={activity.id} activity={activity} onChanged={reload} />
        )
      }
    </ResourceView>
  );
}

function ActivityView({ activity, onChanged }: { activity: ActivityDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const location = useLocation();
  const locale = currentLocale();
  useDocumentTitle(activity.title);
  const justSent = (location.state as { sent?: boolean } | null)?.sent === true;
  const mayRecord = can(user, 'activity.record');
  const organization = activity.organizations[0];
  const photos = activity.media.filter((media) => media.kind === 'photo');
  const video = activity.media.find((media) => media.kind === 'video');
  const sheets = activity.media.filter((media) => media.kind === 'sign_in_sheet' || media.kind === 'record_sheet');
  return (
    <article className="page page--narrow activity-page" data-testid="activity-page">
      {justSent && <LocalStatus state="sent" />}
      <header className="page-header">
        <h1 data-testid="activity-title">{activity.title}</h1>
        {organization && (
          <p className="muted">
            {activity.organizations.map((o, index) => (
              <Fragment key={o.id}>
                {index > 0 && '、'}
                {activity.openableOrganizationIds.includes(o.id) ? (
                  <Link to={`/organizations/${o.id}`}>{o.name}</Link>
                ) : (
                  o.name
                )}
              </Fragment>
            ))}
          </p>
        )}
      </header>
      {activity.createdByTracking && recordsForTeam(user) && (
        <div className="notice" data-testid="tracking-notice">
          <p>{t('activities.page.trackingNotice')}</p>
          <Link className="button button--primary button--block" to={`/activities/${activity.id}/edit`}>
            {t('activities.page.complete')}
          </Link>
        </div>
      )}
      {activity.warnings.length > 0 && (
        <div className="notice notice--warning" role="status" data-testid="activity-warnings">
          <strong>{t('activities.page.warnings')}</strong>
          <ul>
            {activity.warnings.map((warning) => (
              <li key={warning.code}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      <HeadCountSentence activity={activity} />
      <dl className="facts facts--compact" data-testid="activity-facts">
        <Fact label={t('activities.page.when')}>
          {formatDateTime(activity.startsAt, locale)} – {formatDateTime(activity.endsAt, locale)?.slice(-5)}
        </Fact>
        {activity.place?.name || activity.place?.text ? (
          <Fact label={t('activities.page.where')}>{activity.place.name ?? activity.place.text}</Fact>
        ) : null}
        {activity.coHosts.length > 0 && <Fact label={t('activities.page.coHosts')}>{activity.coHosts.join('、')}</Fact>}
        <Fact label={t('activities.page.openness')}>{t(`activities.opennessLabel.${activity.openness}`)}</Fact>
        {activity.beneficiaryGroups.length > 0 && (
          <Fact label={t('activities.page.beneficiaries')}>
            {activity.beneficiaryGroups.map((group) => t(`activities.beneficiaryGroup.${group}`)).join('、')}
          </Fact>
        )}
        <Fact label={t('activities.page.headCount')} testId="activity-head-count">
          {t('activities.page.headCountValue', { organizers: activity.organizerCount, served: activity.servedCount })}
        </Fact>
        <Fact label={t('activities.page.attendance')} testId="activity-attendance">
          {t('activities.page.attendanceValue', { count: activity.attendance })}
        </Fact>
        <Fact label={t('activities.form.inPlan')} testId="activity-in-plan-fact">
          {activity.isPlannedInProject ? t('activities.page.inPlan') : t('activities.page.outOfPlan')}
          {activity.planItem ? ` · ${activity.planItem.title} · ${activity.planItem.proposalTitle}` : ''}
        </Fact>
      </dl>
      {mayRecord && (
        <Link className="button button--secondary" to={`/activities/${activity.id}/edit`} data-testid="activity-edit">
          {t('activities.page.edit')}
        </Link>
      )}
      {photos.length > 0 && <Gallery title={t('activities.page.photos')} items={photos} testId="activity-photos" />}
      {video && (
        <section className="activity-section">
          <h2>{t('activities.page.video')}</h2>
          {/* biome-ignore lint/a11y/useMediaCaption: residents' own clips have no captions */}
          <video className="activity-video" src={video.url} controls preload="metadata" data-testid="activity-video" />
        </section>
      )}
      {activity.content && (
        <section className="activity-section">
          <h2>{t('activities.page.content')}</h2>
          <p className="prose">{activity.content}</p>
        </section>
      )}
      {activity.participants.length > 0 && (
        <section className="activity-section">
          <h2>{t('activities.page.participants')}</h2>
          <ul className="inline-list" data-testid="activity-participants">
            {activity.participants.map((participant, index) => (
              <li key={`${participant.personId ?? participant.name}-${index.toString()}`}>
                {participant.name}
                {participant.isGuest && <span className="muted">（{t('activities.page.guest')}）</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {activity.reflection && (
        <section className="activity-section">
          <h2>{t('activities.page.reflection')}</h2>
          <p className="prose">{activity.reflection}</p>
        </section>
      )}
      {activity.feedback.length > 0 && (
        <section className="activity-section">
          <h2>{t('activities.page.feedback')}</h2>
          <ul className="feedback-list" data-testid="activity-feedback">
            {activity.feedback.map((entry, index) => (
              <li key={`feedback-${index.toString()}`}>
                “{entry.text}”{entry.saidBy && <span className="muted"> —— {entry.saidBy}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EvidencePanel activity={activity} />
      <ActivityChatMark activityId={activity.id} />
      {sheets.length > 0 && <Gallery title={t('activities.page.sheets')} items={sheets} testId="activity-sheets" />}
      <SignInPanel activity={activity} />
      <ActivityPaperSheets activity={activity} onChanged={onChanged} />
      <ActivityPublicityActions activity={activity} onChanged={onChanged} />
      <ActivityVolunteerHours activity={activity} onChanged={onChanged} />
      <ActivityStaffSide activity={activity} onChanged={onChanged} />
    </article>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="facts__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Thumbnails; a tap shows the display-size picture over the page. */
function Gallery({ title, items, testId }: { title: string; items: ActivityMedia[]; testId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActivityMedia | null>(null);
  return (
    <section className="activity-section">
      <h2>{title}</h2>
      <ul className="thumbs" data-testid={testId}>
        {items.map((item) => (
          <li key={item.id} className="thumbs__item">
            <button
              type="button"
              className="thumbs__open"
              aria-label={t('activities.page.openPhoto')}
              onClick={() => setOpen(item)}
            >
              <img src={item.thumbnailUrl ?? item.url} alt={item.caption ?? ''} loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <div className="lightbox" role="dialog" aria-modal="true" data-testid="photo-lightbox">
          <img src={open.url} alt={open.caption ?? ''} />
          {open.caption && <p>{open.caption}</p>}
          <button type="button" className="button button--primary" onClick={() => setOpen(null)}>
            {t('activities.page.closePhoto')}
          </button>
        </div>
      )}
    </section>
  );
}
