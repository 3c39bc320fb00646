import { type SheetTask, scoreSheetInputSchema } from '@seedbed/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { dropSheetDraft, keepSheetDraft, readSheetDraft, type SheetDraft } from './sheet-draft';
import './evaluation.css';

/** Where each rater's tasks and sheet live: the team's (phone), the expert's, the incubator's (desk). */
const sources = {
  self: { tasks: () => '/api/evaluation-tasks/team', sheet: 'team-sheet' },
  peer: { tasks: () => '/api/evaluation-tasks/team', sheet: 'team-sheet' },
  expert: { tasks: () => '/api/evaluation-tasks/expert', sheet: 'expert-sheet' },
  incubator: { tasks: (id: string) => `/api/evaluation-campaigns/${id}/incubator-tasks`, sheet: 'incubator-sheet' },
} as const;
type Dimension = keyof typeof sources;

/**
 * One sheet: a card per criterion with its description and a big number box (its maximum beside
 * it), the running total, a note, and one big 保存 button. What is typed is kept on the phone until
 * saved (sheet-draft.ts). The team's self and peer sheets are filled on a 360 px phone.
 */
export function SheetPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const dimension = (search.get('dimension') ?? 'self') as Dimension;
  const organizationId = search.get('organizationId') ?? '';
  const source = sources[dimension] ?? sources.self;
  const { resource, reload } = useResource<SheetTask[]>(source.tasks(id));
  return (
    <article className="page" data-testid="evaluation-sheet-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(tasks) => {
          const task = tasks.find(
            (line) => line.campaignId === id && line.dimension === dimension && line.organizationId === organizationId,
          );
          return task ? <Sheet task={task} sheetPath={source.sheet} /> : <p className="muted">—</p>;
        }}
      </ResourceView>
    </article>
  );
}

function Sheet({ task, sheetPath }: { task: SheetTask; sheetPath: string }) {
  const { t } = useTranslation();
  const title = t('evaluation.sheet.title', {
    dimension: t(`evaluation.dimension.${task.dimension}`),
    name: task.organizationName,
  });
  useDocumentTitle(title);
  const isOpen = task.campaignStatus === 'open';
  const saved: SheetDraft = {
    points: Object.fromEntries(
      task.form.map((criterion) => [
        criterion.key,
        String(task.sheet?.scores.find((score) => score.criterionKey === criterion.key)?.points ?? ''),
      ]),
    ),
    comment: task.sheet?.comment ?? '',
  };
  const draft = isOpen ? readSheetDraft(task.campaignId, task.dimension, task.organizationId) : null;
  const form = useSchemaForm(scoreSheetInputSchema, draft ?? saved, {
    toInput: (values) => ({
      scores: task.form.map((criterion) => ({
        criterionKey: criterion.key,
        points: values.points[criterion.key] === '' ? Number.NaN : Number(values.points[criterion.key]),
      })),
      comment: values.comment,
    }),
    send: (input) =>
      api.put(`/api/evaluation-campaigns/${task.campaignId}/${sheetPath}`, {
        ...input,
        organizationId: task.organizationId,
        ...(sheetPath === 'team-sheet' && { dimension: task.dimension }),
      }),
    onSaved: () => dropSheetDraft(task.campaignId, task.dimension, task.organizationId),
  });
  useEffect(() => {
    if (isOpen && !form.isSaved) keepSheetDraft(task.campaignId, task.dimension, task.organizationId, form.values);
  }, [form.values, form.isSaved, isOpen, task.campaignId, task.dimension, task.organizationId]);
  const maxTotal = task.form.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const typed = task.form.reduce((sum, criterion) => sum + (Number(form.values.points[criterion.key]) || 0), 0);
  return (
    <>
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <p className="muted">{task.campaignName}</p>
      {task.dimension === 'peer' && <p className="muted">{t('evaluation.sheet.anonymous')}</p>}
      {isOpen && <p className="muted">{t('evaluation.sheet.draftKept')}</p>}
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="evaluation-sheet-form">
        {task.form.map((criterion, index) => (
          <fieldset key={criterion.key} className="evaluation-criterion" disabled={!isOpen}>
            <TextField
              label={t('evaluation.sheet.points', { title: criterion.title, max: criterion.maxPoints })}
              hint={criterion.description || undefined}
              inputMode="numeric"
              value={form.values.points[criterion.key] ?? ''}
              onChange={(value) =>
                form.setValues((current) => ({ ...current, points: { ...current.points, [criterion.key]: value } }))
              }
              error={form.errors[`scores.${index}.points`] ?? form.errors[`scores.${index}`]}
              testId={`evaluation-points-${criterion.key}`}
            />
          </fieldset>
        ))}
        <p role="status" data-testid="evaluation-sheet-total">
          {t('evaluation.sheet.total', { points: typed, max: maxTotal })}
        </p>
        <TextField
          label={t('evaluation.sheet.comment')}
          multiline
          value={form.values.comment}
          onChange={(value) => form.set('comment', value)}
          maxLength={5000}
        />
        {isOpen && (
          <FormFooter
            state={form}
            label={t('evaluation.sheet.save')}
            savedLabel={t('evaluation.sheet.saved')}
            isBlock
            testId="evaluation-sheet-save"
            statusTestId="evaluation-sheet-status"
          />
        )}
      </form>
      <p>
        <Link to="/evaluation/tasks">{t('evaluation.sheet.back')}</Link>
      </p>
    </>
  );
}
