import { normaliseReadableCode } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TextField } from '../shared/text-field';

/**
 * Typing the reset code a social worker read out or sent: it opens the same page as the reset
 * link (/reset/<code>), which says whether the code works. Spaces, dashes and lower case are
 * forgiven. Used by the 忘记密码 page and by an invite whose phone already has an account.
 */
export function ResetCodeEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const typed = normaliseReadableCode(code);

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.length >= 4) navigate(`/reset/${encodeURIComponent(typed)}`);
  }

  return (
    <form className="form" noValidate onSubmit={open} data-testid="reset-code-entry">
      <TextField
        label={t('resetEntry.code')}
        name="resetCode"
        value={code}
        onChange={setCode}
        hint={t('resetEntry.hint')}
        autoComplete="one-time-code"
        maxLength={20}
        testId="reset-code"
      />
      <button type="submit" className="button button--primary button--block" data-testid="reset-code-submit">
        {t('resetEntry.submit')}
      </button>
    </form>
  );
}
