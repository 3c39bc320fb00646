import { type ClosingFigures, formatFen, type PlanItemVersusHeld } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { NumberTile } from '../shared/number-tile';

/**
 * What the final report assembles from what exists (issue 17): activities, photos, head counts and
 * person-times; planned against held per plan item of the proposal; money spent per budget line.
 * The same view before closing (today's figures) and after (the frozen ones).
 */
export function ClosingFiguresView({ figures, isFrozen }: { figures: ClosingFigures; isFrozen: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const money = (fen: number) => formatFen(fen, locale);
  return (
    <>
      <section className="tiles" data-testid="grant-closing-figures">
        <NumberTile label={t('grants.money.closing.activities')} value={figures.activitiesHeld} locale={locale} />
        <NumberTile label={t('grants.money.closing.photos')} value={figures.photos} locale={locale} />
        <NumberTile label={t('grants.money.closing.headCount')} value={figures.headCount} locale={locale} />
        <NumberTile label={t('grants.money.closing.personTimes')} value={figures.personTimes} locale={locale} />
      </section>
      {figures.planItemsPlannedVsHeld && <PlanVersusHeldView plan={figures.planItemsPlannedVsHeld} />}
      <section className="card">
        <h2>{t('grants.money.closing.money')}</h2>
        <p data-testid="grant-closing-money">
          {/* Once closed, the grant's unspent part is no longer "left" for the team: it is simply unused. */}
          {t('grants.money.closing.spent')} {money(figures.spentFen)} ·{' '}
          {isFrozen ? t('grants.money.closing.unused') : t('grants.money.left')} {money(figures.unspentFen)}
          {/* Before closing, what the team holds is what closing would return. */}
          {figures.returnedFen > 0 &&
            ` · ${isFrozen ? `${t('grants.money.closing.returned')} ${money(figures.returnedFen)}` : t('grants.money.held', { held: money(figures.returnedFen) })}`}
        </p>
        <DataTable
          testId="grant-closing-lines"
          rows={figures.spentPerLine}
          rowKey={(line) => line.key}
          columns={[
            { label: t('grants.money.line'), cell: (line) => line.label, isRowHeader: true },
            { label: t('grants.money.budget'), cell: (line) => money(line.budgetFen), isNumeric: true },
            { label: t('grants.money.spent'), cell: (line) => money(line.spentFen), isNumeric: true },
          ]}
        />
      </section>
    </>
  );
}

type Plan = NonNullable<ClosingFigures['planItemsPlannedVsHeld']>;

function PlanVersusHeldView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const held = (item: PlanItemVersusHeld) =>
    item.heldCount === 0
      ? t('grants.money.closing.notHeld')
      : `${t('grants.money.closing.heldTimes', { count: item.heldCount })}（${item.heldOn.join('、')}）`;
  return (
    <section className="card" data-testid="grant-closing-plan">
      <h2>{t('grants.money.closing.plan')}</h2>
      {plan.items.length === 0 ? (
        <p className="muted">{t('grants.money.closing.noPlan')}</p>
      ) : (
        <>
          <p data-testid="grant-closing-plan-summary">
            {t('grants.money.closing.planSummary', { planned: plan.plannedCount, held: plan.heldItemCount })}
          </p>
          <DataTable
            testId="grant-closing-plan-items"
            rows={plan.items}
            rowKey={(item) => item.planItemId}
            columns={[
              {
                label: t('grants.money.closing.planItem'),
                cell: (item) => `${item.title}${item.isRemoved ? ` ${t('grants.money.closing.removed')}` : ''}`,
                isRowHeader: true,
              },
              { label: t('grants.money.closing.plannedMonth'), cell: (item) => item.plannedMonth ?? '–' },
              { label: t('grants.money.closing.held'), cell: held, testId: 'grant-closing-held' },
              // The sum of the held activities' stated head counts (core's planVersusHeld).
              { label: t('grants.money.closing.headCount'), cell: (item) => item.personTimes, isNumeric: true },
            ]}
          />
        </>
      )}
    </section>
  );
}
