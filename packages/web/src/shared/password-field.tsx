import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';
import './password-field.css';

/**
 * A password input with a 显示密码 button under it: on a small phone keyboard a mistyped password
 * is the commonest reason a leader gets locked out of their own tries, and seeing it is the fix.
 * The button is a real button with its words on it, big enough to tap.
 */
export function PasswordField({
  autoComplete,
  ...field
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  name?: string;
  maxLength?: number;
  required?: boolean;
  testId?: string;
  autoComplete: 'current-password' | 'new-password';
}) {
  const { t } = useTranslation();
  const [isShown, setShown] = useState(false);
  return (
    <div className="password-field">
      <TextField {...field} type={isShown ? 'text' : 'password'} autoComplete={autoComplete} />
      <button
        type="button"
        className="button button--ghost password-field__toggle"
        aria-pressed={isShown}
        data-testid={field.testId ? `${field.testId}-show` : undefined}
        onClick={() => setShown((shown) => !shown)}
      >
        {isShown ? t('passwordField.hide') : t('passwordField.show')}
      </button>
    </div>
  );
}
