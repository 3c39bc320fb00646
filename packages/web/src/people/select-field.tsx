import { useId } from 'react';

/** A labelled native select, as tall as the text fields (≥ 48 px; native pickers suit cheap phones). */
export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        style={{ minHeight: 48, fontSize: 16 }}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && <p className="field__error">{error}</p>}
    </div>
  );
}

/** A checkbox with a label that is itself a big tap target. */
export function CheckField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
}) {
  return (
    <label className="field" style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 48 }}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        data-testid={testId}
        style={{ width: 24, height: 24 }}
      />
      {label}
    </label>
  );
}
