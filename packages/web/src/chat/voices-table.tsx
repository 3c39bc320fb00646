import type { ChatGroupAnalysis } from '@seedbed/core';
import { useTranslation } from 'react-i18next';

/**
 * New and lost voices window by window, compact enough for a 360 px phone: three short columns that
 * stay a table (not the cards a DataTable becomes on a phone, which made a quarter's weeks a long
 * scroll): the window's first day, messages / speakers, new / gone quiet.
 */
export function VoicesTable({ windows }: { windows: ChatGroupAnalysis['windows'] }) {
  const { t } = useTranslation();
  return (
    <table className="chat-voices" data-testid="chat-voices">
      <caption className="visually-hidden">{t('chat.panels.voices.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chat.panels.voices.window')}</th>
          <th scope="col" className="numeric">
            {t('chat.panels.voices.counts')}
          </th>
          <th scope="col" className="numeric">
            {t('chat.panels.voices.changes')}
          </th>
        </tr>
      </thead>
      <tbody>
        {windows.map((w) => (
          <tr key={w.from} data-testid="chat-voices-row">
            <th scope="row" title={`${w.from} – ${w.to}`}>
              {w.from.slice(5)}
            </th>
            <td className="numeric">
              {w.messages} / {w.speakers}
            </td>
            <td className="numeric">
              {w.newVoices === null ? '—' : `+${w.newVoices}`} / {w.lostVoices > 0 ? `−${w.lostVoices}` : '0'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
