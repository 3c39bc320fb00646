import {
  maxPublicityPhotos,
  type PublicityDraft,
  type PublicityQuote,
  type PublicityUpdateInput,
  type PublicPublicityPage,
  shareTitle,
} from '@seedbed/core';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { Loading } from '../shared/loading';
import { ResourceView } from '../shared/resource-view';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromServer } from '../shared/validation';
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

interface Paragraph {
  key: number;
  text: string;
}

let nextKey = 0;
const paragraph = (text: string): Paragraph => ({ key: nextKey++, text });

interface Form {
  title: string;
  lead: string;
  paragraphs: Paragraph[];
  reflection: string;
  quotes: PublicityQuote[];
  photoIds: string[];
  coverPhotoId: string | null;
  named: Set<string>;
}

function formOf(draft: PublicityDraft): Form {
  return {
    title: draft.title,
    lead: draft.lead,
    paragraphs: (draft.paragraphs.length > 0 ? draft.paragraphs : ['']).map(paragraph),
    reflection: draft.reflection ?? '',
    quotes: draft.quotes,
    photoIds: draft.photoIds,
    coverPhotoId: draft.coverPhotoId,
    named: new Set([...draft.namedParticipantIds, ...draft.namedSignInIds]),
  };
}

function patchOf(form: Form, draft: PublicityDraft): PublicityUpdateInput {
  const kindOf = new Map(draft.candidateNames.map((n) => [n.id, n.kind]));
  return {
    title: form.title,
    lead: form.lead,
    paragraphs: form.paragraphs.map((p) => p.text.trim()).filter(Boolean),
    reflection: form.reflection.trim() || null,
    quotes: form.quotes,
    photoIds: form.photoIds,
    coverPhotoId: form.coverPhotoId && form.photoIds.includes(form.coverPhotoId) ? form.coverPhotoId : null,
    namedParticipantIds: [...form.named].filter((id) => kindOf.get(id) === 'participant'),
    namedSignInIds: [...form.named].filter((id) => kindOf.get(id) === 'sign_in'),
  };
}

/** What the share page will show, from the unsaved form: the same rules as the server's public page. */
function previewOf(form: Form, draft: PublicityDraft): PublicPublicityPage {
  const photos = draft.candidatePhotos.filter((p) => form.photoIds.includes(p.id));
  const cover = form.coverPhotoId && form.photoIds.includes(form.coverPhotoId) ? form.coverPhotoId : form.photoIds[0];
  const ordered = [
    ...photos.filter((p) => p.id === cover),
    ...form.photoIds.flatMap((id) => photos.filter((p) => p.id === id && p.id !== cover)),
  ];
  const organizations = draft.facts.organizations.map((o) => ({ name: o.name }));
  return {
    code: draft.code,
    title: form.title,
    shareTitle: shareTitle({
      title: form.title,
      organizationNames: organizations.map((o) => o.name),
      communityName: draft.facts.communityName,
    }),
    lead: form.lead,
    paragraphs: form.paragraphs.map((p) => p.text.trim()).filter(Boolean),
    reflection: form.reflection.trim() || null,
    quotes: form.quotes
      .filter((q) => q.included)
      .map((q) => ({ text: q.text, saidBy: q.showSaidBy && q.saidBy ? q.saidBy : null })),
    photos: ordered.map((p) => ({
      id: p.id,
      url: p.url,
      thumbnailUrl: p.thumbnailUrl ?? p.url,
      width: p.width,
      height: p.height,
    })),
    names: [...new Set(draft.candidateNames.filter((n) => form.named.has(n.id)).map((n) => n.name))],
    facts: { ...draft.facts, organizations },
    publishedAt: draft.publishedAt ?? draft.updatedAt,
  };
}

function DraftEditor({ draft, onSaved }: { draft: PublicityDraft; onSaved: (draft: PublicityDraft) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('publicity.editor.title'));
  const [form, setForm] = useState<Form>(() => formOf(draft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | 'save' | 'publish'>(null);
  const [dirty, setDirty] = useState(false);
  const [copied, setCopied] = useState(false);
  // The server found a phone or ID number in the words: the leader removes it or publishes anyway.
  const [contactWarning, setContactWarning] = useState<string | null>(null);
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const update = (change: Partial<Form>) => {
    setForm((f) => ({ ...f, ...change }));
    setDirty(true);
  };

  async function save(): Promise<PublicityDraft | null> {
    setFailure(null);
    if (!form.title.trim()) {
      setErrors({ title: t('validation.required') });
      return null;
    }
    setErrors({});
    try {
      const saved = await api.patch<PublicityDraft>(`/api/publicity/${draft.id}`, patchOf(form, draft));
      setDirty(false);
      return saved;
    } catch (error) {
      const problem = asApiError(error);
      setErrors(fieldErrorsFromServer(problem.fields));
      setFailure(problem.message);
      return null;
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    const saved = await save();
    setBusy(null);
    if (saved) onSaved(saved);
  }

  async function togglePublished(keepContactDetails = false) {
    setBusy('publish');
    setContactWarning(null);
    const saved = dirty ? await save() : draft;
    if (!saved) {
      setBusy(null);
      return;
    }
    try {
      const action = draft.status === 'published' ? 'unpublish' : 'publish';
      onSaved(
        await api.post<PublicityDraft>(
          `/api/publicity/${draft.id}/${action}`,
          action === 'publish' ? { keepContactDetails } : undefined,
        ),
      );
    } catch (error) {
      const problem = asApiError(error);
      if (problem.code === 'publicity.contact_details') setContactWarning(problem.message);
      else setFailure(problem.message);
    }
    setBusy(null);
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(`${window.location.origin}${draft.sharePath}`);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const chosen = form.photoIds.flatMap((id) => draft.candidatePhotos.filter((p) => p.id === id));
  const unchosen = draft.candidatePhotos.filter((p) => !form.photoIds.includes(p.id));
  const cover = form.coverPhotoId && form.photoIds.includes(form.coverPhotoId) ? form.coverPhotoId : form.photoIds[0];
  const move = (index: number, by: -1 | 1) => {
    const next = [...form.photoIds];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
    update({ photoIds: next });
  };

  return (
    <form className="page page--narrow publicity-editor" onSubmit={onSubmit} data-testid="publicity-editor" noValidate>
      <header className="page-header">
        <Link to={`/activities/${draft.activityId}`}>{t('publicity.editor.back')}</Link>
        <h1>{t('publicity.editor.title')}</h1>
      </header>

      <section
        className={`publicity-status-bar publicity-status-bar--${draft.status}`}
        data-testid="publicity-editor-status"
      >
        <p>{draft.status === 'published' ? t('publicity.editor.publishedNote') : t('publicity.editor.draftNote')}</p>
        <div className="publicity-actions__buttons">
          <button
            type="button"
            className={`button ${draft.status === 'published' ? 'button--secondary' : 'button--primary'} button--block`}
            onClick={() => togglePublished()}
            disabled={busy !== null}
            data-testid={draft.status === 'published' ? 'publicity-unpublish' : 'publicity-publish'}
          >
            {draft.status === 'published' ? t('publicity.editor.unpublish') : t('publicity.editor.publish')}
          </button>
          {contactWarning && draft.status !== 'published' && (
            <div className="publicity-contact-warning" role="alert" data-testid="publicity-contact-warning">
              <p>{contactWarning}</p>
              <button
                type="button"
                className="button button--secondary button--block"
                onClick={() => togglePublished(true)}
                disabled={busy !== null}
                data-testid="publicity-publish-anyway"
              >
                {t('publicity.editor.publishAnyway')}
              </button>
            </div>
          )}
          {draft.status === 'published' && (
            <>
              <Link
                className="button button--secondary button--block"
                to={draft.sharePath}
                data-testid="publicity-open-share"
              >
                {t('publicity.editor.openShare')}
              </Link>
              <button type="button" className="button button--ghost button--block" onClick={copyLink}>
                {copied ? t('publicity.editor.copied') : t('publicity.editor.copyLink')}
              </button>
            </>
          )}
        </div>
      </section>

      <TextField
        label={t('publicity.editor.fieldTitle')}
        value={form.title}
        onChange={(title) => update({ title })}
        error={errors.title}
        maxLength={100}
        required
        testId="publicity-title"
      />
      <TextField
        label={t('publicity.editor.fieldLead')}
        value={form.lead}
        onChange={(lead) => update({ lead })}
        multiline
        maxLength={2000}
        testId="publicity-lead"
      />

      <fieldset className="publicity-fieldset" data-testid="publicity-photos">
        <legend>{t('publicity.editor.photos', { max: maxPublicityPhotos })}</legend>
        {draft.candidatePhotos.length === 0 ? (
          <p className="muted">{t('publicity.editor.noPhotos')}</p>
        ) : (
          <>
            <p className="muted">{t('publicity.editor.photosHint')}</p>
            <ol className="publicity-photo-grid">
              {chosen.map((photo, index) => (
                <li
                  key={photo.id}
                  className="publicity-photo publicity-photo--chosen"
                  data-testid="publicity-photo-chosen"
                >
                  <img src={photo.thumbnailUrl ?? photo.url} alt="" loading="lazy" />
                  {photo.id === cover && <span className="publicity-photo__badge">{t('publicity.editor.cover')}</span>}
                  <span className="publicity-photo__order">{index + 1}</span>
                  <div className="publicity-photo__tools">
                    {photo.id !== cover && (
                      <button type="button" onClick={() => update({ coverPhotoId: photo.id })}>
                        {t('publicity.editor.makeCover')}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={t('publicity.editor.moveUp')}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      onClick={() => move(index, 1)}
                      disabled={index === chosen.length - 1}
                      aria-label={t('publicity.editor.moveDown')}
                    >
                      →
                    </button>
                    <button
                      type="button"
                      onClick={() => update({ photoIds: form.photoIds.filter((id) => id !== photo.id) })}
                    >
                      {t('publicity.editor.unchoose')}
                    </button>
                  </div>
                </li>
              ))}
              {unchosen.map((photo) => (
                <li key={photo.id} className="publicity-photo">
                  <img src={photo.thumbnailUrl ?? photo.url} alt="" loading="lazy" />
                  <div className="publicity-photo__tools">
                    <button
                      type="button"
                      disabled={form.photoIds.length >= maxPublicityPhotos}
                      onClick={() => update({ photoIds: [...form.photoIds, photo.id] })}
                    >
                      {t('publicity.editor.choose')}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </fieldset>

      <fieldset className="publicity-fieldset">
        <legend>{t('publicity.editor.paragraphs')}</legend>
        {form.paragraphs.map((item, index) => (
          <div className="publicity-paragraph" key={item.key}>
            <textarea
              value={item.text}
              maxLength={2000}
              rows={4}
              aria-label={`${t('publicity.editor.paragraphs')} ${index + 1}`}
              data-testid="publicity-paragraph"
              onChange={(event) =>
                update({
                  paragraphs: form.paragraphs.map((p) => (p.key === item.key ? { ...p, text: event.target.value } : p)),
                })
              }
            />
            {form.paragraphs.length > 1 && (
              <button
                type="button"
                className="button button--link"
                onClick={() => update({ paragraphs: form.paragraphs.filter((p) => p.key !== item.key) })}
              >
                {t('publicity.editor.removeParagraph')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ paragraphs: [...form.paragraphs, paragraph('')] })}
          disabled={form.paragraphs.length >= 30}
        >
          {t('publicity.editor.addParagraph')}
        </button>
      </fieldset>

      <TextField
        label={t('publicity.editor.reflection')}
        value={form.reflection}
        onChange={(reflection) => update({ reflection })}
        multiline
        maxLength={5000}
        testId="publicity-reflection"
      />

      {form.quotes.length > 0 && (
        <fieldset className="publicity-fieldset" data-testid="publicity-quotes">
          <legend>{t('publicity.editor.quotes')}</legend>
          {form.quotes.map((quote, index) => {
            const set = (change: Partial<PublicityQuote>) =>
              update({ quotes: form.quotes.map((q, i) => (i === index ? { ...q, ...change } : q)) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: quotes are never added, removed or reordered here.
              <div className="publicity-quote" key={index}>
                <blockquote>“{quote.text}”</blockquote>
                <label className="publicity-check">
                  <input
                    type="checkbox"
                    checked={quote.included}
                    onChange={(e) => set({ included: e.target.checked })}
                  />
                  {t('publicity.editor.includeQuote')}
                </label>
                {quote.saidBy && quote.included && (
                  <label className="publicity-check">
                    <input
                      type="checkbox"
                      checked={quote.showSaidBy}
                      onChange={(e) => set({ showSaidBy: e.target.checked })}
                    />
                    {t('publicity.editor.showSaidBy', { saidBy: quote.saidBy })}
                  </label>
                )}
              </div>
            );
          })}
        </fieldset>
      )}

      <fieldset className="publicity-fieldset" data-testid="publicity-names">
        <legend>{t('publicity.editor.names')}</legend>
        <p className="muted">{t('publicity.editor.namesHint')}</p>
        {draft.childrenHidden > 0 && (
          <p className="publicity-note" data-testid="publicity-children-hidden">
            {t('publicity.editor.childrenHidden', { count: draft.childrenHidden })}
          </p>
        )}
        {draft.candidateNames.length === 0 ? (
          <p className="muted">{t('publicity.editor.noNames')}</p>
        ) : (
          <div className="publicity-names">
            {draft.candidateNames.map((person) => (
              <label className="publicity-check" key={person.id}>
                <input
                  type="checkbox"
                  checked={form.named.has(person.id)}
                  onChange={(e) => {
                    const named = new Set(form.named);
                    if (e.target.checked) named.add(person.id);
                    else named.delete(person.id);
                    update({ named });
                  }}
                />
                {person.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      {failure && (
        <p className="publicity-error" role="alert" data-testid="publicity-error">
          {failure}
        </p>
      )}
      {isPreviewOpen && (
        <div className="publicity-preview" role="dialog" aria-modal="true" data-testid="publicity-preview">
          <button type="button" className="button button--primary button--block" onClick={() => setPreviewOpen(false)}>
            {t('publicity.editor.closePreview')}
          </button>
          <Suspense fallback={<Loading />}>
            <ShareView page={previewOf(form, draft)} preview />
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
          disabled={busy !== null}
          data-testid="publicity-save"
        >
          {busy === 'save'
            ? t('publicity.editor.saving')
            : dirty
              ? t('publicity.editor.save')
              : t('publicity.editor.saved')}
        </button>
      </div>
    </form>
  );
}
