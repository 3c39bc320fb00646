import type { ChatRosterOutcome, MatchReason } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../shared/api';

/**
 * 成员名单 (issue 19: WeCom's member list "for join times"): staff pick the JSON a WeCom API answered
 * (externalcontact/groupchat/get or msgaudit/groupchat/get) and upload it; the answer's counts are shown.
 * A section of its own, for a group's imports or senders page (message group `chatRoster`).
 */
export function ChatRosterUpload({ groupId, onUploaded }: { groupId: string; onUploaded?: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [isSending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<ChatRosterOutcome | null>(null);
  const [failure, setFailure] = useState('');

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file || isSending) return;
    setSending(true);
    setFailure('');
    setOutcome(null);
    try {
      let body: unknown;
      try {
        body = JSON.parse(await file.text());
      } catch {
        setFailure(t('chatRoster.notJson'));
        return;
      }
      setOutcome(await api.post<ChatRosterOutcome>(`/api/chat-groups/${encodeURIComponent(groupId)}/roster`, body));
      setFile(null);
      onUploaded?.();
    } catch (error) {
      setFailure(error instanceof ApiError || error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="card" aria-labelledby="chat-roster-title" data-testid="chat-roster">
      <h2 id="chat-roster-title">{t('chatRoster.title')}</h2>
      <p className="muted">{t('chatRoster.intro')}</p>
      <form className="form" onSubmit={send}>
        <label className="button button--secondary button--wrap">
          {file ? file.name : t('chatRoster.file')}
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="chat-roster-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" className="button" disabled={!file || isSending} data-testid="chat-roster-upload">
          {isSending ? t('chatRoster.uploading') : t('chatRoster.upload')}
        </button>
      </form>
      <p role="status" data-testid="chat-roster-outcome">
        {outcome &&
          t('chatRoster.done', {
            read: outcome.membersRead,
            added: outcome.sendersAdded,
            updated: outcome.sendersUpdated,
          })}
      </p>
      {failure && (
        <p role="alert" className="field__error">
          {failure}
        </p>
      )}
    </section>
  );
}

/** Why a person is suggested for a sender, in words (the senders page shows it beside each candidate). */
export function MatchReasonText({ reason, name }: { reason: MatchReason; name: string }) {
  const { t } = useTranslation();
  return <>{t(`chatRoster.reason.${reason}`, { name })}</>;
}
