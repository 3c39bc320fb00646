/**
 * A big "take a photo" button for a phone (the camera opens; a desk picks a file) and, under it,
 * which photo was chosen and any error: a receipt, a tally sheet. The file is sent by the form.
 */
export function PhotoCaptureField({
  label,
  photo,
  chosenLabel,
  onChange,
  error,
  testId,
}: {
  label: string;
  photo: File | null;
  /** "Photo chosen: {{name}}", already worded with the photo's name. */
  chosenLabel: (name: string) => string;
  onChange: (photo: File | null) => void;
  error?: string | undefined;
  testId: string;
}) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="button button--secondary button--block">
        {label}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          data-testid={testId}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      </label>
      {photo && <p className="muted">{chosenLabel(photo.name)}</p>}
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}
