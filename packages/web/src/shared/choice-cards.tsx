import './choice-cards.css';

/** Radio choices drawn as big cards with plain words underneath. */
export function ChoiceCards<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  testId,
  error,
}: {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string; help?: string }[];
  onChange: (value: V) => void;
  testId: string;
  /** The form's message about the choice (none made yet), under the cards. */
  error?: string | undefined;
}) {
  return (
    <fieldset className={error ? 'choice-cards field--invalid' : 'choice-cards'} data-testid={testId}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'choice-card choice-card--on' : 'choice-card'}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className="choice-card__text">
            <strong>{option.label}</strong>
            {option.help && <span className="choice-card__help">{option.help}</span>}
          </span>
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
