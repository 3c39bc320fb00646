/**
 * A few choices each explained in one plain line (seed 002's three ways a group came to be), as big
 * radio rows a 360 px phone can tap.
 */
export function ChoiceList<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
  testId,
}: {
  legend: string;
  name: string;
  value: V | '';
  options: readonly { value: V; label: string; help: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
  testId: string;
}) {
  return (
    <fieldset className={error ? 'chat-choices field--invalid' : 'chat-choices'} data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="chat-choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <strong>{option.label}</strong>
            <span className="muted chat-choice__help">{option.help}</span>
          </span>
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
