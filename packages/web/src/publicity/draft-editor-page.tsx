import type { PublicityDraft } from '@seedbed/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { Loading } from '../shared/loading';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { NamesChooser, ParagraphsEditor, PhotoChooser, QuotesChooser } from './draft-editor-sections';
import { previewOf } from './draft-form';
import { DraftStatusBar } from './draft-status-bar';
import { useDraftEditor } from './use-draft-editor';
import './publicity.css';

const ShareView = lazy(() => import('./share-page').then((m) => ({ default: m.ShareView })));

/** /publicity/:id/edit: the leader edits the draft on a phone — photos, words, quotes, names — and publishes. */
export function DraftEditorPage() {
  const { id = '' } = useParams();
  const { resource, replace, reload } = useResource<PublicityDraft>(`/api/publicity/${id}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(draft) => <DraftEditor key={draft.updatedAt} draft={draft} onSaved={replace} />}
    </ResourceView>
  );
}

function DraftEditor({ draft, onSaved }: { draft: PublicityDraft; onSaved: (draft: PublicityDraft) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('publicity.editor.title'));
  const editor = useDraftEditor(draft, onSaved);
  const { form, values, update } = editor;
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const field = (name: 'title' | 'lead' | 'reflection') => ({
    ...form.field(name),
    onChange: (value: string) => update({ [name]: value }),
  });

  return (
    <form
      className="page page--narrow publicity-editor"
      onSubmit={editor.save}
      data-testid="publicity-editor"
      noValidate
    >
      <header className="page-header">
        <Link to={`/activities/${draft.activityId}`}>{t('publicity.editor.back')}</Link>
        <h1>{t('publicity.editor.title')}</h1>
      </header>
      <DraftStatusBar draft={draft} editor={editor} />
      {/* The update schema lets the title be left out; the editor always sends it, so it may not be blank. */}
      <TextField label={t('publicity.editor.fieldTitle')} {...field('title')} required testId="publicity-title" />
      <TextField label={t('publicity.editor.fieldLead')} {...field('lead')} multiline testId="publicity-lead" />
      <PhotoChooser draft={draft} values={values} update={update} />
      {/* The lead and each paragraph are one paragraph schema in core. */}
      <ParagraphsEditor values={values} update={update} maxLength={form.constraints('lead').maxLength} />
      <TextField
        label={t('publicity.editor.reflection')}
        {...field('reflection')}
        multiline
        testId="publicity-reflection"
      />
      <QuotesChooser values={values} update={update} />
      <NamesChooser draft={draft} values={values} update={update} />
      {editor.failure && (
        <p className="publicity-error" role="alert" data-testid="publicity-error">
          {editor.failure}
        </p>
      )}
      {isPreviewOpen && (
        <div className="publicity-preview" role="dialog" aria-modal="true" data-testid="publicity-preview">
          <button type="button" className="button button--primary button--block" onClick={() => setPreviewOpen(false)}>
            {t('publicity.editor.closePreview')}
          </button>
          <Suspense fallback={<Loading />}>
            <ShareView page={previewOf(values, draft)} preview />
          </Suspense>
        </div>
      )}
      <div className="publicity-save-bar">
        <button
          type="button"
          className="button button--secondary button--block"
          onClick={() => setPreviewOpen(true)}
          data-testid="publicity-preview-open"
        >
          {t('publicity.editor.preview')}
        </button>
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={editor.isBusy}
          data-testid="publicity-save"
        >
          {editor.isSaving
            ? t('publicity.editor.saving')
            : editor.isDirty
              ? t('publicity.editor.save')
              : t('publicity.editor.saved')}
        </button>
      </div>
    </form>
  );
}
