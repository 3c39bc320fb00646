import type { PublicityDraft } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DraftEditorState } from './use-draft-editor';

/** Top of the editor: draft or published, the publish/unpublish button, the share link once published. */
export function DraftStatusBar({ draft, editor }: { draft: PublicityDraft; editor: DraftEditorState }) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  const isPublished = draft.status === 'published';

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${draft.sharePath}`);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section
      className={`publicity-status-bar publicity-status-bar--${draft.status}`}
      data-testid="publicity-editor-status"
    >
      <p>{isPublished ? t('publicity.editor.publishedNote') : t('publicity.editor.draftNote')}</p>
      <div className="publicity-actions__buttons">
        <button
          type="button"
          className={`button ${isPublished ? 'button--secondary' : 'button--primary'} button--block`}
          onClick={() => editor.togglePublished()}
          disabled={editor.isBusy}
          data-testid={isPublished ? 'publicity-unpublish' : 'publicity-publish'}
        >
          {isPublished ? t('publicity.editor.unpublish') : t('publicity.editor.publish')}
        </button>
        {editor.contactWarning && !isPublished && (
          <div className="publicity-contact-warning" role="alert" data-testid="publicity-contact-warning">
            <p>{editor.contactWarning}</p>
            <button
              type="button"
              className="button button--secondary button--block"
              onClick={() => editor.togglePublished(true)}
              disabled={editor.isBusy}
              data-testid="publicity-publish-anyway"
            >
              {t('publicity.editor.publishAnyway')}
            </button>
          </div>
        )}
        {isPublished && (
          <>
            <Link
              className="button button--secondary button--block"
              to={draft.sharePath}
              data-testid="publicity-open-share"
            >
              {t('publicity.editor.openShare')}
            </Link>
            <button type="button" className="button button--ghost button--block" onClick={copyLink}>
              {isCopied ? t('publicity.editor.copied') : t('publicity.editor.copyLink')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
