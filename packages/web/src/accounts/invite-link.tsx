import type { inviteCreatedSchema } from '@seedbed/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { Parsed } from '../shared/schema-types';
import './accounts.css';

export type InviteCreated = Parsed<typeof inviteCreatedSchema>;

/**
 * A new invitation as staff hand it over: the QR code, for a person beside them to scan with
 * WeChat, and the link to copy into a chat. Seedbed sends no messages. The code exists only in this
 * answer (the server keeps its hash), so the page shows it until staff move on.
 */
export function InviteLink({ invite }: { invite: InviteCreated }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopyState('copied');
    } catch {
      // No clipboard API (plain http, old WebViews): select the text so a long-press copies it.
      input.current?.select();
      setCopyState('manual');
    }
  }

  return (
    <div className="invite-link" role="status">
      <img
        className="invite-link__qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.qrSvg)}`}
        alt={t('inviteLeader.qr')}
        width={180}
        height={180}
        data-testid="invite-qr"
      />
      <label htmlFor="invite-link-input">{t('inviteLeader.link')}</label>
      <div className="invite-link__row">
        <input
          id="invite-link-input"
          ref={input}
          readOnly
          value={invite.url}
          data-testid="invite-link"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--secondary" data-testid="invite-copy" onClick={copy}>
          {t('inviteLeader.copy')}
        </button>
      </div>
      {copyState === 'copied' && <p className="success">{t('inviteLeader.copied')}</p>}
      {copyState === 'manual' && <p className="muted">{t('inviteLeader.copyManually')}</p>}
      <p className="muted">{t('inviteLeader.expires', { date: formatDateTime(invite.expiresAt, currentLocale()) })}</p>
    </div>
  );
}
