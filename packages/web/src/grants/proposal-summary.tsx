import { budgetLineAmountFen, formatFen, type ProposalContent, requestedFenOf } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';

/**
 * A proposal's content as a reviewer reads it beside the score sheet: the issue, goal and
 * targets, the plan, the budget with each line's amount and the total, other support, what
 * happens if the money is short, and upkeep. Team members appear by role only (blind both ways,
 * and no resident's name for an outside expert).
 */
export function ProposalSummary({ content }: { content: ProposalContent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const section = (label: string, text: string | undefined) =>
    text ? (
      <>
        <h3>{label}</h3>
        <p className="grant-prose">{text}</p>
      </>
    ) : null;
  return (
    <div className="grant-proposal-summary" data-testid="grant-proposal-summary">
      <h2>{content.title}</h2>
      {section(t('grantReviews.summary.publicIssue'), content.publicIssue)}
      {section(t('grantReviews.summary.goal'), content.goal)}
      {content.targets.length > 0 && (
        <ul>
          {content.targets.map((target) => (
            <li key={`${target.text}-${target.unit}`}>
              {target.text} {target.quantity} {target.unit}
            </li>
          ))}
        </ul>
      )}
      {content.planItems.length > 0 && (
        <>
          <h3>{t('grantReviews.summary.plan')}</h3>
          <ol>
            {content.planItems.map((item) => (
              <li key={item.key}>
                {item.plannedMonth ? `${item.plannedMonth} · ` : ''}
                {item.title}
                {item.description ? <span className="muted"> — {item.description}</span> : null}
              </li>
            ))}
          </ol>
        </>
      )}
      {content.team.length > 0 && (
        <p>{t('grantReviews.summary.team', { roles: content.team.map((member) => member.role).join('、') })}</p>
      )}
      <h3>{t('grantReviews.summary.budget')}</h3>
      <table className="data-table">
        <tbody>
          {content.budgetLines.map((line) => (
            <tr key={line.key}>
              <th scope="row">
                {line.category} · {line.item}
                {line.justification ? <span className="muted"> — {line.justification}</span> : null}
              </th>
              <td className="numeric">
                {formatFen(line.unitPriceFen, locale)} × {line.quantity}
              </td>
              <td className="numeric">{formatFen(budgetLineAmountFen(line), locale)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('grantReviews.summary.total')}</th>
            <td />
            <td className="numeric" data-testid="grant-proposal-total">
              {formatFen(requestedFenOf(content), locale)}
            </td>
          </tr>
        </tbody>
      </table>
      {content.otherSupport.length > 0 && (
        <>
          <h3>{t('grantReviews.summary.otherSupport')}</h3>
          <ul>
            {content.otherSupport.map((support) => (
              <li key={`${support.kind}-${support.source}`}>
                {support.source} · {formatFen(support.amountFen, locale)}
                {support.description ? ` — ${support.description}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {section(t('grantReviews.summary.shortfall'), content.shortfallPlan)}
      {section(t('grantReviews.summary.maintenance'), content.maintenancePlan)}
      <p className="muted">{t('grantReviews.summary.months', { count: content.projectMonths })}</p>
    </div>
  );
}
