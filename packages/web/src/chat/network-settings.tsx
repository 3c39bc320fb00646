import { type ChatNetworkSettings, chatAnalysisQuerySchema, defaultChatNetworkSettings } from '@seedbed/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const settingsQuerySchema = chatAnalysisQuerySchema.pick({ gap: true, reply: true, mention: true, response: true });
const fields = ['gap', 'reply', 'mention', 'response'] as const;
type Field = (typeof fields)[number];
type Draft = Record<Field, string>;

const draftOf = (settings: ChatNetworkSettings): Draft => ({
  gap: String(settings.responseGapMinutes),
  reply: String(settings.weights.reply),
  mention: String(settings.weights.mention),
  response: String(settings.weights.response),
});

/** The analysis query's part for these settings: empty for the defaults, so the usual link stays short. */
export function networkSettingsQuery(settings: ChatNetworkSettings): string {
  const { responseGapMinutes: gap, weights } = settings;
  const defaults = defaultChatNetworkSettings;
  const parts: string[] = [];
  if (gap !== defaults.responseGapMinutes) parts.push(`gap=${gap}`);
  for (const kind of ['reply', 'mention', 'response'] as const)
    if (weights[kind] !== defaults.weights[kind]) parts.push(`${kind}=${weights[kind]}`);
  return parts.map((part) => `&${part}`).join('');
}

/**
 * The interaction network's settings (interactions.ts) as controls that re-run the analysis: the
 * response-in-turn gap in minutes and each edge kind's weight, checked with the query's own schema
 * before asking (the server answers a bad value with 400 request.invalid all the same).
 */
export function NetworkSettings({
  value,
  onChange,
}: {
  value: ChatNetworkSettings;
  onChange: (settings: ChatNetworkSettings) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const parsed = settingsQuerySchema.safeParse(
      Object.fromEntries(fields.map((field) => [field, draft[field].trim()])),
    );
    const blank = fields.some((field) => draft[field].trim() === '');
    if (!parsed.success || blank) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const { gap, reply, mention, response } = parsed.data;
    onChange({ responseGapMinutes: gap!, weights: { reply: reply!, mention: mention!, response: response! } });
  };
  const reset = () => {
    setDraft(draftOf(defaultChatNetworkSettings));
    setInvalid(false);
    onChange(defaultChatNetworkSettings);
  };
  return (
    <details className="card chat-settings" data-testid="chat-network-settings">
      <summary>{t('chat.panels.settings.title')}</summary>
      <p className="muted chat-help">{t('chat.panels.settings.help')}</p>
      <p className="muted" data-testid="chat-network-current">
        {t('chat.panels.settings.current', {
          gap: value.responseGapMinutes,
          reply: value.weights.reply,
          mention: value.weights.mention,
          response: value.weights.response,
        })}
      </p>
      <div className="chat-settings__fields">
        {fields.map((field) => (
          <label key={field} htmlFor={`${id}-${field}`}>
            {t(`chat.panels.settings.${field}`)}
            <input
              id={`${id}-${field}`}
              name={field}
              type="number"
              inputMode="decimal"
              min={0}
              max={field === 'gap' ? 1440 : 100}
              step={field === 'gap' ? 1 : 0.5}
              value={draft[field]}
              aria-invalid={invalid || undefined}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {invalid && (
        <p className="error-notice" role="alert">
          {t('chat.panels.settings.invalid')}
        </p>
      )}
      <div className="chat-settings__actions">
        <button type="button" className="button button--primary" onClick={apply}>
          {t('chat.panels.settings.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={reset}>
          {t('chat.panels.settings.reset')}
        </button>
      </div>
    </details>
  );
}
