import { type CommunitySurvey, type ResourceMap, sitePlanMaxBytes } from '@seedbed/core';
import { type ChangeEvent, type MouseEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { ApiError, api } from '../shared/api';
import { GroupedBarChart } from '../shared/charts/grouped-bar-chart';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import type { SavedSurvey } from './survey-fields';
import { SelectField } from './survey-fields';

type Saved = (survey: CommunitySurvey) => void;

/**
 * The resource map 资源地图 (seed 003 §5.1): the community's own site plan with a pin per resource
 * (no online map tiles are reachable), and the three views as charts for the chosen dates.
 */
export function ResourceMapPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState('');
  const [asOf, setAsOf] = useState('');
  const query = new URLSearchParams();
  if (/^\d{4}-\d{2}-\d{2}$/.test(baseline)) query.set('baseline', baseline);
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) query.set('asOf', asOf);
  // The survey's resources change the map: refetch when they do.
  query.set('v', String(survey.resources.length + survey.resources.reduce((n, r) => n + r.uses.length, 0)));
  const { resource, reload } = useResource<ResourceMap>(`/api/communities/${survey.communityId}/resource-map?${query}`);

  return (
    <div className="survey-panel">
      <SitePlan survey={survey} onSaved={onSaved} />
      <div className="form form--inline">
        <TextField
          label={t('communities.map.baseline')}
          type="date"
          value={baseline}
          onChange={setBaseline}
          testId="map-baseline"
        />
        <TextField label={t('communities.map.asOf')} type="date" value={asOf} onChange={setAsOf} testId="map-as-of" />
      </div>
      <ResourceView resource={resource} onRetry={reload}>
        {(map) => <MapCharts map={map} />}
      </ResourceView>
    </div>
  );
}

function MapCharts({ map }: { map: ResourceMap }) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels change with the language.
  const categories = useMemo(
    () => map.rows.map((r) => t(`communities.resourceCategory.${r.category}`)),
    [map, i18n.language],
  );
  const common = {
    categories,
    categoryHeader: t('communities.map.category'),
    unavailableMessage: t('communities.map.chartUnavailable'),
  };
  const values = (key: keyof ResourceMap['rows'][number]) => map.rows.map((r) => Number(r[key]));
  return (
    <div className="card-grid" data-testid="resource-map-charts">
      <div className="card">
        <GroupedBarChart
          {...common}
          title={`${t('communities.map.initialTitle')}（${map.baseline}）`}
          description={t('communities.map.initialTitle')}
          series={[
            { name: t('communities.map.initial'), color: '#98cc83', values: values('initial') },
            { name: t('communities.map.initialUsed'), color: '#3d8b33', values: values('initialUsed') },
          ]}
          testId="resource-map-initial"
        />
      </div>
      <div className="card">
        <GroupedBarChart
          {...common}
          title={`${t('communities.map.growthTitle')}（${map.baseline} → ${map.asOf}）`}
          description={t('communities.map.growthTitle')}
          series={[
            { name: t('communities.map.initial'), color: '#c9e4bd', values: values('initial') },
            { name: t('communities.map.total'), color: '#66ad52', values: values('total') },
          ]}
          testId="resource-map-growth"
        />
      </div>
      <div className="card">
        <GroupedBarChart
          {...common}
          title={`${t('communities.map.utilisationTitle')}（${map.asOf}）`}
          description={t('communities.map.utilisationTitle')}
          series={[
            { name: t('communities.map.total'), color: '#98cc83', values: values('total') },
            { name: t('communities.map.used'), color: '#1e6522', values: values('used') },
          ]}
          testId="resource-map-utilisation"
        />
      </div>
    </div>
  );
}

const pinColours: Record<string, string> = {
  people: '#d9534f',
  culture: '#8e44ad',
  place: '#2e86c1',
  production: '#d68910',
  landscape: '#28b463',
  money: '#b7950b',
  material: '#5d6d7e',
  skills: '#c0392b',
};

function SitePlan({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const request = useSubmission();
  const [pinning, setPinning] = useState('');
  const canEdit = survey.canEditProfile;
  const planUrl = survey.sitePlan
    ? `/api/communities/${survey.communityId}/site-plan?v=${encodeURIComponent(survey.sitePlan.uploadedAt)}`
    : null;

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > sitePlanMaxBytes) {
      request.refuse({}, t('communities.map.upload'));
      return;
    }
    await request.run(async () => onSaved(await putSitePlan(survey.communityId, file)));
  }

  async function place(event: MouseEvent<HTMLDivElement>) {
    if (!pinning) return;
    const box = event.currentTarget.getBoundingClientRect();
    const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
    const pinX = clamp((event.clientX - box.left) / box.width);
    const pinY = clamp((event.clientY - box.top) / box.height);
    await request.run(async () => {
      const saved = await api.patch<SavedSurvey>(`/api/resources/${pinning}`, { pinX, pinY });
      onSaved(saved.survey);
    });
  }

  const pinned = survey.resources.filter((r) => r.pinX !== null && r.pinY !== null);
  return (
    <section aria-labelledby="site-plan-title" className="card">
      <h3 id="site-plan-title">{t('communities.map.sitePlan')}</h3>
      {canEdit && (
        <div className="field">
          <label htmlFor="site-plan-upload">{t('communities.map.upload')}</label>
          <input
            id="site-plan-upload"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            data-testid="site-plan-upload"
            disabled={request.isSubmitting}
            onChange={upload}
          />
        </div>
      )}
      {request.failure && <ErrorNotice message={request.failure} />}
      {planUrl ? (
        <>
          {survey.canRecord && (
            <>
              <SelectField
                label={t('communities.map.pinResource')}
                value={pinning}
                options={survey.resources.map((r) => ({ value: r.id, label: r.name }))}
                onChange={setPinning}
                testId="site-plan-pin-resource"
              />
              <p className="muted">{t('communities.map.placeHint')}</p>
            </>
          )}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: placing a pin is pointing; the resource list above is the keyboard route. */}
          <div
            data-testid="site-plan"
            onClick={place}
            style={{
              position: 'relative',
              display: 'inline-block',
              maxWidth: '100%',
              cursor: pinning ? 'crosshair' : 'default',
            }}
          >
            <img
              src={planUrl}
              alt={t('communities.map.sitePlan')}
              data-testid="site-plan-image"
              style={{ display: 'block', maxWidth: '100%' }}
            />
            {pinned.map((r) => (
              <span
                key={r.id}
                data-testid="site-plan-pin"
                data-resource-id={r.id}
                title={`${r.name} · ${t(`communities.resourceCategory.${r.category}`)}`}
                style={{
                  position: 'absolute',
                  left: `${(r.pinX ?? 0) * 100}%`,
                  top: `${(r.pinY ?? 0) * 100}%`,
                  transform: 'translate(-50%, -100%)',
                  background: pinColours[r.category] ?? '#333',
                  color: '#fff',
                  borderRadius: 12,
                  padding: '2px 8px',
                  fontSize: 12,
                  whiteSpace: 'nowrap',
                  opacity: r.uses.length > 0 ? 1 : 0.6,
                  pointerEvents: 'none',
                }}
              >
                {r.name}
              </span>
            ))}
          </div>
        </>
      ) : (
        <p className="muted" data-testid="site-plan-missing">
          {t('communities.map.noPlan')}
        </p>
      )}
    </section>
  );
}

/**
 * The shared api client sends JSON; a picture goes as the raw body, with the session's CSRF token
 * (read from /api/auth/me, as the session provider does).
 */
async function putSitePlan(communityId: string, file: File): Promise<CommunitySurvey> {
  const me = await api.get<{ csrfToken: string }>('/api/auth/me');
  const response = await fetch(`/api/communities/${communityId}/site-plan`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-csrf-token': me.csrfToken,
      'Accept-Language': currentLocale(),
      Accept: 'application/json',
    },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as (SavedSurvey & { code?: string; message?: string }) | null;
  if (!response.ok || !body) {
    throw new ApiError(response.status, body?.code ?? 'client.unexpected', body?.message ?? response.statusText);
  }
  return body.survey;
}
