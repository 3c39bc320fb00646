import { type ChangeEvent, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import type { LocalFile, LocalFileKind } from './local-store';

/** Seed 002: "up to five best photos" per activity report. */
export const maxPhotos = 5;

interface PickerProps {
  files: readonly LocalFile[];
  onChange: (files: LocalFile[]) => void;
  isLocked: boolean;
}

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

/** Adding (shrunk, kept on the phone) and removing the form's files, with their previews. */
function useLocalFiles({ files, onChange }: PickerProps) {
  const previews = usePreviews(files);
  async function add(kind: LocalFileKind, event: ChangeEvent<HTMLInputElement>, limit: number) {
    const picked = [...(event.target.files ?? [])].slice(0, Math.max(0, limit));
    event.target.value = '';
    const chosen = await Promise.all(picked.map((file) => toLocal(file, kind)));
    if (chosen.length === 0) return;
    const kept = kind === 'video' ? files.filter((file) => file.kind !== 'video') : [...files];
    onChange([...kept, ...chosen]);
  }
  const remove = (id: string) => onChange(files.filter((file) => file.id !== id));
  return { previews, add, remove };
}

/** A big button that opens the phone's picker (the input covers it, so a tap anywhere on it works). */
function FileButton({
  label,
  isLocked,
  testId,
  ...input
}: {
  label: string;
  isLocked: boolean;
  testId: string;
  accept: string;
  multiple?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <label
      className={isLocked ? 'button button--secondary file-button is-disabled' : 'button button--secondary file-button'}
    >
      {label}
      <input type="file" disabled={isLocked} data-testid={testId} {...input} />
    </label>
  );
}

function Thumbs({
  items,
  previews,
  onRemove,
  tagOf,
  testId,
}: {
  items: readonly LocalFile[];
  previews: Map<string, string>;
  onRemove: ((id: string) => void) | null;
  tagOf?: (file: LocalFile) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="thumbs" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="thumbs__item">
          <img src={previews.get(item.id)} alt={item.name} />
          {tagOf && <span className="thumbs__tag">{tagOf(item)}</span>}
          {onRemove && (
            <button
              type="button"
              className="thumbs__remove"
              aria-label={t('activities.form.remove')}
              onClick={() => onRemove(item.id)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Photos (≤ 5, with thumbnails): on the form's first screen, one tap to the phone's picker. */
export function PhotoPicker(props: PickerProps) {
  const { t } = useTranslation();
  const { previews, add, remove } = useLocalFiles(props);
  const photos = props.files.filter((file) => file.kind === 'photo');
  return (
    <div className="field media-picker">
      <span className="media-picker__label">{t('activities.form.photos')}</span>
      <p className="field__hint" data-testid="photos-hint">
        {t('activities.form.photosHint')}
      </p>
      <Thumbs items={photos} previews={previews} onRemove={props.isLocked ? null : remove} testId="photo-previews" />
      {photos.length >= maxPhotos ? (
        <p className="muted">{t('activities.form.photosFull')}</p>
      ) : (
        <FileButton
          label={t('activities.form.addPhotos')}
          isLocked={props.isLocked}
          testId="photo-input"
          accept="image/*"
          multiple
          onChange={(event) => add('photo', event, maxPhotos - photos.length)}
        />
      )}
    </div>
  );
}

/** One short video and photos of the paper sheets: kept in a fold, most records have none. */
export function ClipAndSheetPicker(props: PickerProps) {
  const { t } = useTranslation();
  const { previews, add, remove } = useLocalFiles(props);
  const video = props.files.find((file) => file.kind === 'video');
  const sheets = props.files.filter((file) => file.kind === 'sign_in_sheet' || file.kind === 'record_sheet');
  return (
    <div className="media-picker">
      <div className="field">
        <span className="media-picker__label">{t('activities.form.video')}</span>
        {video && (
          <div className="media-picker__video">
            {/* biome-ignore lint/a11y/useMediaCaption: the leader's own clip, previewed before sending */}
            <video src={previews.get(video.id)} controls preload="metadata" />
            {!props.isLocked && (
              <button type="button" className="button button--link" onClick={() => remove(video.id)}>
                {t('activities.form.remove')}
              </button>
            )}
          </div>
        )}
        <FileButton
          label={t('activities.form.addVideo')}
          isLocked={props.isLocked}
          testId="video-input"
          accept="video/mp4,video/quicktime,video/*"
          onChange={(event) => add('video', event, 1)}
        />
      </div>
      <div className="field">
        <span className="media-picker__label">{t('activities.form.sheets')}</span>
        <Thumbs
          items={sheets}
          previews={previews}
          onRemove={props.isLocked ? null : remove}
          tagOf={(sheet) =>
            sheet.kind === 'sign_in_sheet' ? t('activities.form.signInSheetTag') : t('activities.form.recordSheetTag')
          }
          testId="sheet-previews"
        />
        <div className="media-picker__sheets">
          {(['sign_in_sheet', 'record_sheet'] as const).map((kind) => (
            <FileButton
              key={kind}
              label={kind === 'sign_in_sheet' ? t('activities.form.signInSheet') : t('activities.form.recordSheet')}
              isLocked={props.isLocked}
              testId={`${kind}-input`}
              accept="image/*"
              onChange={(event) => add(kind, event, 1)}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
