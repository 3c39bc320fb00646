import './coaching.css';

/** Big toggle chips (≥ 48 px) for picking one or several values on a phone. */
export function Chips<T extends string>({
  label,
  options,
  selected,
  onToggle,
  testId,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  testId?: string;
}) {
  return (
    <fieldset className="coaching-chips" data-testid={testId}>
      <legend>{label}</legend>
      <div className="coaching-chips__row">
        {options.map((option) => {
          const isOn = selected.includes(option.value);
          return (
            <button
              key={option.value}
              type="button"
              className={isOn ? 'coaching-chip coaching-chip--on' : 'coaching-chip'}
              aria-pressed={isOn}
              data-testid={testId ? `${testId}-${option.value}` : undefined}
              onClick={() => onToggle(option.value)}
            >
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Minutes as hours with one decimal (seed 001 speaks of "1–2 hours"). */
export function hoursOf(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}
