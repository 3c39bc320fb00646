import { budgetLineAmountFen, commentSections, formatFen, type GrantProposal, requestedFenOf } from '@seedbed/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';

/**
 * A proposal's content, section by section, as staff, officials, funders and experts read it and
 * as the print form fills it. `beside` adds what belongs next to a section (the comments on it);
 * the sections are the anchors comments point at.
 */
/** The sections, in the order of the paper form: the anchors comments point at (core's commentSections). */
export const proposalSections = commentSections;
export type ProposalSection = (typeof proposalSections)[number];

type Content = GrantProposal['content'];

export function personNamer(people: GrantProposal['people']) {
  const names = new Map(people.map((person) => [person.id, person.name]));
  return (id: string) => names.get(id) ?? '—';
}

/** What one section says, as plain lines of text (the page and the print form lay them out). */
export function useSectionText(content: Content, people: GrantProposal['people']) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const nameOf = personNamer(people);
  return (section: ProposalSection): string[] => {
    switch (section) {
      case 'title':
      case 'publicIssue':
      case 'goal':
      case 'shortfallPlan':
      case 'maintenancePlan':
      case 'notes':
        return content[section] ? [content[section]] : [];
      case 'projectMonths':
        return content.projectMonths === undefined ? [] : [String(content.projectMonths)];
      case 'targets':
        return content.targets.map((target) => `${target.text}：${target.quantity}${target.unit}`);
      case 'planItems':
        return content.planItems.map((plan) =>
          [plan.plannedMonth, plan.title, plan.description].filter(Boolean).join(' · '),
        );
      case 'team':
        return [
          ...(content.leaderPersonId ? [`${t('proposals.form.leader')}：${nameOf(content.leaderPersonId)}`] : []),
          ...content.team.map((entry) => `${nameOf(entry.personId)}：${entry.role}`),
        ];
      case 'budgetLines':
        return [
          ...content.budgetLines.map(
            (line) =>
              `${t(`proposals.categories.${line.category}`)} · ${line.item} ${formatFen(line.unitPriceFen, locale)} × ${line.quantity} = ${formatFen(budgetLineAmountFen(line), locale)}${line.justification ? `（${line.justification}）` : ''}`,
          ),
          ...(content.budgetLines.length > 0
            ? [t('proposals.form.total', { total: formatFen(requestedFenOf(content), locale) })]
            : []),
        ];
      case 'otherSupport':
        return content.otherSupport.map((support) =>
          `${t(`proposals.supportKinds.${support.kind}`)} ${support.source} ${formatFen(support.amountFen, locale)} ${support.description}`.trim(),
        );
    }
  };
}

export function ProposalContentView({
  proposal,
  beside,
}: {
  proposal: Pick<GrantProposal, 'content' | 'people' | 'negativeListHits'>;
  beside?: (section: ProposalSection) => ReactNode;
}) {
  const { t } = useTranslation();
  const textOf = useSectionText(proposal.content, proposal.people);
  return (
    <div data-testid="proposal-content">
      {proposalSections.map((section) => {
        const lines = textOf(section);
        return (
          <section key={section} className="proposal-section" data-testid={`proposal-section-${section}`}>
            <h3>{t(`proposals.fields.${section}`)}</h3>
            {lines.length === 0 ? (
              <p className="muted">{t('proposals.page.empty')}</p>
            ) : (
              lines.map((line, index) => (
                // Lines are derived text with no id; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <p key={index}>{line}</p>
              ))
            )}
            {section === 'budgetLines' &&
              proposal.negativeListHits.map((hit) => (
                <p
                  key={`${hit.lineKey}-${hit.keyword}`}
                  className="proposal-warning"
                  data-testid="proposal-negative-hit"
                >
                  {t('proposals.form.negative', { label: hit.label, keyword: hit.keyword })}
                </p>
              ))}
            {beside?.(section)}
          </section>
        );
      })}
    </div>
  );
}
