import {
  type ExpenseCategory,
  expenseCategories,
  type IncomeSource,
  incomeSources,
  type Statement,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { ChoiceCards } from './choice-cards';
import { bookPath, money } from './money';
import './books.css';

type Period = 'month' | 'year';

/**
 * 财务公开 on a member's phone: this month or this year — what was there at the start, where the
 * money came from, where it went, and what is there now. Sources and categories with nothing in
 * them are left out, so the page stays short.
 */
export function StatementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('books.statementPage.title'));
  const [period, setPeriod] = useState<Period>('month');
  const today = shanghaiDate(new Date());
  const from = period === 'month' ? `${today.slice(0, 7)}-01` : `${today.slice(0, 4)}-01-01`;
  const { resource, reload } = useResource<Statement>(`${bookPath(id)}/statement?from=${from}&to=${today}`);
  return (
    <article className="page page--narrow" data-testid="books-statement">
      <header className="page-header">
        <h1>{t('books.statementPage.title')}</h1>
      </header>
      <ChoiceCards
        options={['month', 'year'] as const}
        value={period}
        onChange={setPeriod}
        label={(p) => t(`books.statementPage.${p}`)}
        testId="statement-period"
      />
      <ResourceView resource={resource} onRetry={reload}>
        {(statement) => <StatementView statement={statement} />}
      </ResourceView>
    </article>
  );
}

function StatementView({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const sources = incomeSources
    .map((source): [IncomeSource, number] => [source, statement.incomeBySource[source] ?? 0])
    .filter(([, fen]) => fen !== 0);
  const categories = expenseCategories
    .map((category): [ExpenseCategory, number] => [category, statement.expenseByCategory[category] ?? 0])
    .filter(([, fen]) => fen !== 0);
  return (
    <>
      <section className="card">
        <dl className="statement-figures">
          <dt>{t('books.statementPage.opening')}</dt>
          <dd>{money(statement.openingFen)}</dd>
          <dt>{t('books.statementPage.income')}</dt>
          <dd>+{money(statement.incomeFen)}</dd>
          <dt>{t('books.statementPage.expense')}</dt>
          <dd>−{money(statement.expenseFen)}</dd>
          <dt>
            <strong>{t('books.statementPage.closing')}</strong>
          </dt>
          <dd>
            <strong data-testid="statement-closing">{money(statement.closingFen)}</strong>
          </dd>
        </dl>
      </section>
      {sources.length + categories.length === 0 ? (
        <p className="muted">{t('books.statementPage.nothing')}</p>
      ) : (
        <>
          <section className="card" data-testid="statement-sources">
            <h2>{t('books.statementPage.bySource')}</h2>
            <dl className="statement-figures">
              {sources.map(([source, fen]) => (
                <Figure key={source} label={t(`books.source.${source}`)} fen={fen} />
              ))}
            </dl>
          </section>
          <section className="card" data-testid="statement-categories">
            <h2>{t('books.statementPage.byCategory')}</h2>
            <dl className="statement-figures">
              {categories.map(([category, fen]) => (
                <Figure key={category} label={t(`books.category.${category}`)} fen={fen} />
              ))}
            </dl>
          </section>
        </>
      )}
    </>
  );
}

function Figure({ label, fen }: { label: string; fen: number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{money(fen)}</dd>
    </>
  );
}
