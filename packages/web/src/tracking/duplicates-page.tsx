import { can, type DuplicatePair, type DuplicateSide, preferredKeep } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import { shanghaiParts } from './tracking-log-form';
import './tracking.css';

/**
 * /activities/duplicates(?activityId=): suspected duplicates side by side. Staff choose which record
 * to keep (the organization's own record is chosen first: its side is authoritative for what it
 * did) and merge — both sides' text and photos are kept — or say they are different activities.
 */
export function DuplicatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tracking.duplicates.title'));
  const [params] = useSearchParams();
  const activityId = params.get('activityId');
  const pairs = useResource<{ items: DuplicatePair[] }>(
    `/api/activity-duplicates${activityId ? `?activityId=${activityId}` : ''}`,
  );
  const [done, setDone] = useState<string | null>(null);

  return (
    <article className="page page--wide" data-testid="duplicates-page">
      <h1>{t('tracking.duplicates.title')}</h1>
      <p className="lead">{t('tracking.duplicates.lead')}</p>
      {done && (
        <p className="tracking-notice" role="status" data-testid="duplicates-done">
          {done}
        </p>
      )}
      <ResourceView resource={pairs.resource} onRetry={pairs.reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted" data-testid="duplicates-empty">
              {t('tracking.duplicates.empty')}
            </p>
          ) : (
            items.map((pair) => (
              <PairCard
                key={`${pair.first.id}|${pair.second.id}`}
                pair={pair}
                onDone={(message) => {
                  setDone(message);
                  pairs.reload();
                }}
              />
            ))
          )
        }
      </ResourceView>
    </article>
  );
}

function PairCard({ pair, onDone }: { pair: DuplicatePair; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const mayMerge = can(user, 'tracking.merge');
  const [keepId, setKeepId] = useState(() => preferredKeep(pair.first, pair.second));
  const request = useSubmission();
  const isBusy = request.isSubmitting;
  const mergeId = keepId === pair.first.id ? pair.second.id : pair.first.id;

  async function act(path: string, body: unknown, message: string) {
    if (await request.run(() => api.post(path, body))) onDone(message);
  }

  return (
    <section className="card" data-testid="duplicate-pair">
      <div className="tracking-pair">
        {[pair.first, pair.second].map((side) => (
          <Side
            key={side.id}
            group={`keep-${pair.first.id}-${pair.second.id}`}
            side={side}
            isKept={side.id === keepId}
            mayChoose={mayMerge}
            onChoose={setKeepId}
          />
        ))}
      </div>
      {request.failure && <ErrorNotice message={request.failure} />}
      {mayMerge && (
        <div className="tracking-pair__actions">
          <button
            className="button button--primary"
            type="button"
            disabled={isBusy}
            data-testid="duplicate-merge"
            onClick={() => act('/api/activity-duplicates/merge', { keepId, mergeId }, t('tracking.duplicates.merged'))}
          >
            {t('tracking.duplicates.merge')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            disabled={isBusy}
            data-testid="duplicate-distinct"
            onClick={() =>
              act(
                '/api/activity-duplicates/distinct',
                { firstId: pair.first.id, secondId: pair.second.id },
                t('tracking.duplicates.markedDistinct'),
              )
            }
          >
            {t('tracking.duplicates.distinct')}
          </button>
        </div>
      )}
    </section>
  );
}

function Side({
  group,
  side,
  isKept,
  mayChoose,
  onChoose,
}: {
  group: string;
  side: DuplicateSide;
  isKept: boolean;
  mayChoose: boolean;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div
      className={isKept ? 'tracking-pair__side tracking-pair__side--kept' : 'tracking-pair__side'}
      data-testid="duplicate-side"
    >
      {mayChoose && (
        <label className="tracking-check">
          <input
            type="radio"
            name={group}
            checked={isKept}
            onChange={() => onChoose(side.id)}
            data-testid="duplicate-keep"
          />
          {t('tracking.duplicates.keep')}
        </label>
      )}
      <h3>
        <Link to={`/activities/${side.id}`}>{side.title}</Link>
      </h3>
      <p className="muted">
        {formatDateTime(side.startsAt, locale)}–{shanghaiParts(side.endsAt).time} ·{' '}
        {side.organizations.map((o) => o.name).join('、')}
        {side.placeText && ` · ${side.placeText}`}
      </p>
      <p className="muted">
        {t(
          side.createdByTracking
            ? 'tracking.duplicates.byTracking'
            : side.recordedBy && !side.recordedByOrganization
              ? 'tracking.duplicates.byStaffForOrganization'
              : 'tracking.duplicates.byOrganization',
        )}
        {side.recordedBy && ` · ${t('tracking.duplicates.recordedBy', { name: side.recordedBy })}`}
      </p>
      <p className="tracking-log__text">{side.content || t('tracking.duplicates.noContent')}</p>
      {side.reflection && <p className="tracking-log__text">{side.reflection}</p>}
      <p className="muted">
        {t('tracking.duplicates.counts', {
          organizers: side.organizerCount,
          served: side.servedCount,
          participants: side.participantCount,
          photos: side.photoCount,
          logs: side.trackingLogCount,
        })}
      </p>
    </div>
  );
}
