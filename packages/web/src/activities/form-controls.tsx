import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalState } from './local-store';

/** Big controls for a 360 px phone and an older hand: every target at least 48 px. */

export function NumberStepper({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field stepper">
      <label htmlFor={id}>{label}</label>
      <div className="stepper__row">
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('activities.form.decrease')}
          onClick={() => onChange(Math.max(0, value - 1))}
        >
          −
        </button>
        <input
          id={id}
          className="stepper__input"
          inputMode="numeric"
          pattern="[0-9]*"
          value={String(value)}
          data-testid={testId}
          onChange={(event) => {
            const digits = event.target.value.replace(/\D/g, '').slice(0, 6);
            onChange(digits ? Number(digits) : 0);
          }}
        />
        <button
          type="button"
          className="button button--secondary stepper__button"
          aria-label={t('activities.form.increase')}
          onClick={() => onChange(value + 1)}
        >
          +
        </button>
      </div>
    </div>
  );
}

export { ChoiceCards } from '../shared/choice-cards';

/** Toggle chips (several may be on); `actions` (同上次, 全选) sit under the legend. */
export function Chips<V extends string>({
  legend,
  values,
  options,
  onChange,
  testId,
  actions,
}: {
  legend: string;
  values: readonly V[];
  options: readonly { value: V; label: string }[];
  onChange: (values: V[]) => void;
  testId: string;
  actions?: ReactNode;
}) {
  return (
    <fieldset className="chips" data-testid={testId}>
      <legend>{legend}</legend>
      {actions}
      {options.map((option) => {
        const isOn = values.includes(option.value);
        return (
          <label key={option.value} className={isOn ? 'chip chip--on' : 'chip'}>
            <input
              type="checkbox"
              checked={isOn}
              onChange={() =>
                onChange(isOn ? values.filter((value) => value !== option.value) : [...values, option.value])
              }
            />
            {option.label}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Where the leader's copy is: on this phone, waiting for the network, refused, or sent — in words, colour and icon. */
export function LocalStatus({
  state,
  testId = 'local-status',
}: {
  state: LocalState | 'sending' | 'sent';
  testId?: string;
}) {
  const { t } = useTranslation();
  const icon = { draft: '✎', pending: '⏳', sending: '↑', rejected: '!', sent: '✓' }[state];
  const label = {
    draft: t('activities.local.draft'),
    pending: t('activities.local.pending'),
    sending: t('activities.local.sending'),
    rejected: t('activities.local.rejected'),
    sent: t('activities.local.sent'),
  }[state];
  return (
    <p className={`local-status local-status--${state}`} data-testid={testId} data-state={state} role="status">
      <span className="local-status__icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </p>
  );
}
