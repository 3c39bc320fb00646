import { maxPublicityPhotos, type PublicityDraft, type PublicityQuote } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { type DraftForm, paragraph } from './draft-form';

/** Sections of the publicity editor (draft-editor-page.tsx): each shows part of the form and changes it. */

type Update = (change: Partial<DraftForm>) => void;

/** The activity's photos: chosen ones in order (cover first, move, unchoose), then the others to choose. */
export function PhotoChooser({ draft, values, update }: { draft: PublicityDraft; values: DraftForm; update: Update }) {
  const { t } = useTranslation();
  const chosen = values.photoIds.flatMap((id) => draft.candidatePhotos.filter((p) => p.id === id));
  const unchosen = draft.candidatePhotos.filter((p) => !values.photoIds.includes(p.id));
  const cover =
    values.coverPhotoId && values.photoIds.includes(values.coverPhotoId) ? values.coverPhotoId : values.photoIds[0];
  const move = (index: number, by: -1 | 1) => {
    const next = [...values.photoIds];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
    update({ photoIds: next });
  };
  return (
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
                    onClick={() => update({ photoIds: values.photoIds.filter((id) => id !== photo.id) })}
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
                    disabled={values.photoIds.length >= maxPublicityPhotos}
                    onClick={() => update({ photoIds: [...values.photoIds, photo.id] })}
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
  );
}

/** The body, paragraph by paragraph (at most 30). */
export function ParagraphsEditor({
  values,
  update,
  maxLength,
}: {
  values: DraftForm;
  update: Update;
  maxLength?: number;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="publicity-fieldset">
      <legend>{t('publicity.editor.paragraphs')}</legend>
      {values.paragraphs.map((item, index) => (
        <div className="publicity-paragraph" key={item.key}>
          <textarea
            value={item.text}
            maxLength={maxLength}
            rows={4}
            aria-label={`${t('publicity.editor.paragraphs')} ${index + 1}`}
            data-testid="publicity-paragraph"
            onChange={(event) =>
              update({
                paragraphs: values.paragraphs.map((p) => (p.key === item.key ? { ...p, text: event.target.value } : p)),
              })
            }
          />
          {values.paragraphs.length > 1 && (
            <button
              type="button"
              className="button button--link"
              onClick={() => update({ paragraphs: values.paragraphs.filter((p) => p.key !== item.key) })}
            >
              {t('publicity.editor.removeParagraph')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => update({ paragraphs: [...values.paragraphs, paragraph('')] })}
        disabled={values.paragraphs.length >= 30}
      >
        {t('publicity.editor.addParagraph')}
      </button>
    </fieldset>
  );
}

/** Quotes gathered with the activity: include each or not, and whether to say who said it. */
export function QuotesChooser({ values, update }: { values: DraftForm; update: Update }) {
  const { t } = useTranslation();
  if (values.quotes.length === 0) return null;
  return (
    <fieldset className="publicity-fieldset" data-testid="publicity-quotes">
      <legend>{t('publicity.editor.quotes')}</legend>
      {values.quotes.map((quote, index) => {
        const set = (change: Partial<PublicityQuote>) =>
          update({ quotes: values.quotes.map((q, i) => (i === index ? { ...q, ...change } : q)) });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: quotes are never added, removed or reordered here.
          <div className="publicity-quote" key={index}>
            <blockquote>“{quote.text}”</blockquote>
            <label className="publicity-check">
              <input type="checkbox" checked={quote.included} onChange={(e) => set({ included: e.target.checked })} />
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
  );
}

/** Who may be named publicly: the leader ticks them (children are never offered). */
export function NamesChooser({ draft, values, update }: { draft: PublicityDraft; values: DraftForm; update: Update }) {
  const { t } = useTranslation();
  return (
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
                checked={values.named.has(person.id)}
                onChange={(e) => {
                  const named = new Set(values.named);
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
  );
}
