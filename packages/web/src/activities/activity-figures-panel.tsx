import { addDays } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../shared/charts/bar-chart';
import { useResource } from '../shared/use-resource';
import { shanghaiClock } from './form-values';

interface Figures {
  total: number;
  perMonth: { month: string; count: number }[];
  byOpenness: Record<'members_only' | 'invited' | 'open_to_all', number>;
  joint: number;
  planned: { due: number; held: number; gaps: number };
}

/** The organization’s last year in figures: records, open or members-only, joint, planned vs held, per month. */
export function FiguresPanel({
  organizationId,
  today = shanghaiClock(new Date()).date,
}: {
  organizationId: string;
  today?: string;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<Figures>(
    `/api/organizations/${encodeURIComponent(organizationId)}/activity-figures?from=${addDays(today, -365)}&to=${today}`,
  );
  if (resource.status !== 'ready') return null;
  const figures = resource.data;
  const open = figures.byOpenness.open_to_all + figures.byOpenness.invited;
  return (
    <div className="figures" data-testid="activity-figures">
      <h3>{t('activities.section.figures')}</h3>
      <div className="tiles">
        <Tile label={t('activities.section.total')} value={String(figures.total)} testId="figure-total" />
        <Tile label={t('activities.section.open')} value={String(open)} />
        <Tile label={t('activities.section.membersOnly')} value={String(figures.byOpenness.members_only)} />
        <Tile label={t('activities.section.joint')} value={String(figures.joint)} />
        <Tile
          label={t('activities.section.plannedHeld')}
          value={t('activities.section.plannedHeldValue', { held: figures.planned.held, due: figures.planned.due })}
        />
      </div>
      {figures.perMonth.length > 0 && (
        <BarChart
          bars={figures.perMonth.map((month) => ({
            label: month.month.slice(2),
            value: month.count,
            color: '#3b7d4f',
          }))}
          title={t('activities.section.perMonth')}
          description={t('activities.section.perMonthDescription')}
          categoryHeader={t('activities.section.month')}
          valueHeader={t('activities.section.count')}
          unavailableMessage={t('activities.section.chartUnavailable')}
          testId="activity-months-chart"
        />
      )}
    </div>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="tile" data-testid={testId}>
      <span className="tile__label">{label}</span>
      <span className="tile__value">{value}</span>
    </div>
  );
}
