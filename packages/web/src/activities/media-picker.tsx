import { type ChangeEvent, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import type { LocalFile, LocalFileKind } from './local-store';

/** Seed 002: "up to five best photos" per activity report. */
export const maxPhotos = 5;

/** Object URLs for the Blobs kept on the phone, released when the list changes. */
function usePreviews(files: readonly LocalFile[]): Map<string, string> {
  const previews = useMemo(() => new Map(files.map((file) => [file.id, URL.createObjectURL(file.blob)])), [files]);
  useEffect(
    () => () => {
      for (const url of previews.values()) URL.revokeObjectURL(url);
    },
    [previews],
  );
  return previews;
}

async function toLocal(file: File, kind: LocalFileKind): Promise<LocalFile> {
  const blob =
    kind === 'video' ? file : await shrinkPhoto(file, kind === 'photo' ? sentPhotoSide.photo : sentPhotoSide.sheet);
  // The File is copied into a plain Blob: IndexedDB keeps it across a reload.
  return { id: crypto.randomUUID(), kind, blob: new Blob([blob], { type: blob.type }), name: file.name };
}

/** Photos (≤ 5, with thumbnails), one short video, and photos of the paper sheets. */
export function MediaPicker({
  files,
  onChange,
  isLocked,
}: {
  files: readonly LocalFile[];
  onChange: (files: LocalFile[]) => void;
  isLocked: boolean;
}) {
  const { t } = useTranslation();
  const previews = usePreviews(files);
  const photos = files.filter((file) => file.kind === 'photo');
  const video = files.find((file) => file.kind === 'video');
  const sheets = files.filter((file) => file.kind === 'sign_in_sheet' || file.kind === 'record_sheet');

  async function add(kind: LocalFileKind, event: ChangeEvent<HTMLInputElement>, limit: number) {
    const picked = [...(event.target.files ?? [])].slice(0, Math.max(0, limit));
    event.target.value = '';
    const chosen = await Promise.all(picked.map((file) => toLocal(file, kind)));
    if (chosen.length === 0) return;
    const kept = kind === 'video' ? files.filter((file) => file.kind !== 'video') : [...files];
    onChange([...kept, ...chosen]);
  }
  const remove = (id: string) => onChange(files.filter((file) => file.id !== id));

  return (
    <div className="media-picker">
      <div className="field">
        <span className="media-picker__label">{t('activities.form.photos')}</span>
        <p className="field__hint" data-testid="photos-hint">
          {t('activities.form.photosHint')}
        </p>
        {photos.length > 0 && (
          <ul className="thumbs" data-testid="photo-previews">
            {photos.map((photo) => (
              <li key={photo.id} className="thumbs__item">
                <img src={previews.get(photo.id)} alt={photo.name} />
                {!isLocked && (
                  <button
                    type="button"
                    className="thumbs__remove"
                    aria-label={t('activities.form.remove')}
                    onClick={() => remove(photo.id)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {photos.length >= maxPhotos ? (
          <p className="muted">{t('activities.form.photosFull')}</p>
        ) : (
          <label
            className={
              isLocked ? 'button button--secondary file-button is-disabled' : 'button button--secondary file-button'
            }
          >
            {t('activities.form.addPhotos')}
            <input
              type="file"
              accept="image/*"
              multiple
              disabled={isLocked}
              data-testid="photo-input"
              onChange={(event) => add('photo', event, maxPhotos - photos.length)}
            />
          </label>
        )}
      </div>
      <div className="field">
        <span className="media-picker__label">{t('activities.form.video')}</span>
        {video && (
          <div className="media-picker__video">
            {/* biome-ignore lint/a11y/useMediaCaption: the leader's own clip, previewed before sending */}
            <video src={previews.get(video.id)} controls preload="metadata" />
            {!isLocked && (
              <button type="button" className="button button--link" onClick={() => remove(video.id)}>
                {t('activities.form.remove')}
              </button>
            )}
          </div>
        )}
        <label
          className={
            isLocked ? 'button button--secondary file-button is-disabled' : 'button button--secondary file-button'
          }
        >
          {t('activities.form.addVideo')}
          <input
            type="file"
            accept="video/mp4,video/quicktime,video/*"
            disabled={isLocked}
            data-testid="video-input"
            onChange={(event) => add('video', event, 1)}
          />
        </label>
      </div>
      <div className="field">
        <span className="media-picker__label">{t('activities.form.sheets')}</span>
        {sheets.length > 0 && (
          <ul className="thumbs" data-testid="sheet-previews">
            {sheets.map((sheet) => (
              <li key={sheet.id} className="thumbs__item">
                <img src={previews.get(sheet.id)} alt={sheet.name} />
                <span className="thumbs__tag">
                  {sheet.kind === 'sign_in_sheet'
                    ? t('activities.form.signInSheetTag')
                    : t('activities.form.recordSheetTag')}
                </span>
                {!isLocked && (
                  <button
                    type="button"
                    className="thumbs__remove"
                    aria-label={t('activities.form.remove')}
                    onClick={() => remove(sheet.id)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <div className="media-picker__sheets">
          {(['sign_in_sheet', 'record_sheet'] as const).map((kind) => (
            <label
              key={kind}
              className={
                isLocked ? 'button button--secondary file-button is-disabled' : 'button button--secondary file-button'
              }
            >
              {kind === 'sign_in_sheet' ? t('activities.form.signInSheet') : t('activities.form.recordSheet')}
              <input
                type="file"
                accept="image/*"
                disabled={isLocked}
                data-testid={`${kind}-input`}
                onChange={(event) => add(kind, event, 1)}
              />
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}
