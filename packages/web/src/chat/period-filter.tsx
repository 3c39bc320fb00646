import { addDays, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ChatWindowKind = 'week' | 'month';
export interface ChatPeriod {
  from: string;
  to: string;
  window: ChatWindowKind;
}
const presets = { months3: 91, months6: 182, year: 365 } as const;
type Preset = keyof typeof presets | 'custom';

/** The period every chat figure is read for, from today in China: 近3个月 by default. */
export function defaultChatPeriod(window: ChatWindowKind = 'week'): ChatPeriod {
  const today = shanghaiDate(new Date());
  return { from: addDays(today, -presets.months3), to: today, window };
}

/**
 * Presets 近3个月 / 近半年 / 近一年 / 自定 and the window (week or month), as big buttons for a phone.
 * `isWindowShown` false where the figures have no windows to choose (an organization's groups).
 */
export function PeriodFilter({
  value,
  onChange,
  isWindowShown = true,
}: {
  value: ChatPeriod;
  onChange: (period: ChatPeriod) => void;
  isWindowShown?: boolean;
}) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<Preset>('months3');
  const today = shanghaiDate(new Date());
  const choose = (next: Preset) => {
    setPreset(next);
    if (next !== 'custom') onChange({ ...value, from: addDays(today, -presets[next]), to: today });
  };
  return (
    <fieldset className="chat-period" data-testid="chat-period">
      <legend>{t('chat.period.label')}</legend>
      <div className="chat-period__choices">
        {(['months3', 'months6', 'year', 'custom'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className={option === preset ? 'button button--primary' : 'button button--secondary'}
            aria-pressed={option === preset}
            onClick={() => choose(option)}
          >
            {t(`chat.period.${option}`)}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="chat-period__dates">
          <label>
            {t('chat.period.from')}
            <input
              type="date"
              value={value.from}
              max={value.to}
              onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })}
            />
          </label>
          <label>
            {t('chat.period.to')}
            <input
              type="date"
              value={value.to}
              min={value.from}
              onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })}
            />
          </label>
        </div>
      )}
      {isWindowShown && (
        <label className="chat-period__window">
          {t('chat.period.window')}{' '}
          <select
            value={value.window}
            onChange={(e) => onChange({ ...value, window: e.target.value as ChatWindowKind })}
          >
            <option value="week">{t('chat.period.week')}</option>
            <option value="month">{t('chat.period.month')}</option>
          </select>
        </label>
      )}
    </fieldset>
  );
}
