/** One choice among a few, drawn as big cards (one tap, ≥ 48 px): direction, source, category. */
export function ChoiceCards<V extends string>({
  legend,
  options,
  value,
  onChange,
  label,
  testId,
}: {
  /** Absent where the page's heading already says what is chosen; then `label` names the group. */
  legend?: string;
  options: readonly V[];
  value: V | null;
  onChange: (value: V) => void;
  label: (value: V) => string;
  testId: string;
}) {
  return (
    <fieldset className="book-choices" data-testid={testId}>
      {legend && <legend>{legend}</legend>}
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="book-choice"
          aria-pressed={value === option}
          data-testid={`${testId}-${option}`}
          onClick={() => onChange(option)}
        >
          {label(option)}
        </button>
      ))}
    </fieldset>
  );
}
