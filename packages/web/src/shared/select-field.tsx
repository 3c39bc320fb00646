import { useId } from 'react';

/** A labelled choice: SelectField's props, and SearchSelect's (search-select.tsx). */
export interface SelectFieldProps<T extends string = string> {
  label: string;
  value: T;
  /** The chosen option's value (or '' for the placeholder, which a `T` without '' should not offer). */
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  placeholder?: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
}

/**
 * A labelled native <select> shaped like TextField (same classes, hint and error underneath; native
 * pickers suit cheap phones). `placeholder` adds a first, empty choice ("not yet", "choose…").
 */
export function SelectField<T extends string = string>({
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  required = false,
  testId,
}: SelectFieldProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
