import { type ChatImportView, chatExportFormats, chatImportEncodings } from '@seedbed/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../shared/api';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './import-page.css';

/** How often a running import is asked for its progress: the bar moves, the server is not pressed. */
const pollEveryMs = 1_000;
const isOpen = (item: ChatImportView) => item.status === 'queued' || item.status === 'running';

/**
 * 导入聊天记录 `/chat-groups/{id}/imports` (issue 19): staff choose a group's export (format and encoding
 * detected unless chosen; the date order only when the server asks), upload it, and watch its progress
 * bar — read from the import's row, so it survives a reload — then the counts and the problems with their
 * line numbers.
 */
export function ChatImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const path = `/api/chat-groups/${encodeURIComponent(id)}/imports`;
  const { resource, reload, refresh } = useResource<ChatImportView[]>(path);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const [isSending, setSending] = useState(false);
  const isRunning = resource.status === 'ready' && resource.data.some(isOpen);

  useEffect(() => {
    if (!isRunning) return;
    const timer = setTimeout(refresh, pollEveryMs);
    return () => clearTimeout(timer);
  });

  const choose = (name: string) => (event: { target: { value: string } }) =>
    setChoices((before) => ({ ...before, [name]: event.target.value }));

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file || isSending) return;
    const query = new URLSearchParams({ name: Array.from(file.name).slice(0, 200).join('') || 'chat-export' });
    for (const [name, value] of Object.entries(choices)) if (value) query.set(name, value);
    setSending(true);
    setFailure(null);
    try {
      await api.post(`${path}?${query}`, file);
      setFile(null);
      reload();
    } catch (error) {
      setFailure(
        error instanceof ApiError ? { code: error.code, message: error.message } : { code: '', message: String(error) },
      );
    } finally {
      setSending(false);
    }
  }

  const asksDateOrder = failure?.code === 'chat.date_order_unknown' || Boolean(choices.dateOrder);
  return (
    <main className="page chat-import">
      <h1>{t('chatImport.title')}</h1>
      <p className="muted">{t('chatImport.intro')}</p>
      <form className="card chat-import__form" onSubmit={send}>
        <label className="button button--secondary button--wrap chat-import__file">
          {file ? file.name : t('chatImport.file')}
          <input
            type="file"
            className="visually-hidden"
            data-testid="chat-import-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('chatImport.format')}</span>
          <select value={choices.format ?? ''} onChange={choose('format')}>
            <option value="">{t('chatImport.auto')}</option>
            {chatExportFormats.map((format) => (
              <option key={format} value={format}>
                {t(`chatImport.formats.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('chatImport.encoding')}</span>
          <select value={choices.encoding ?? ''} onChange={choose('encoding')}>
            <option value="">{t('chatImport.auto')}</option>
            {chatImportEncodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding === 'gb18030' ? 'GBK / GB18030' : encoding.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {asksDateOrder && (
          <label className="field">
            <span className="field__label">{t('chatImport.dateOrder')}</span>
            <span className="muted">{t('chatImport.dateOrderHint')}</span>
            <select value={choices.dateOrder ?? ''} onChange={choose('dateOrder')} data-testid="chat-import-date-order">
              <option value="" />
              <option value="dmy">{t('chatImport.dmy')}</option>
              <option value="mdy">{t('chatImport.mdy')}</option>
            </select>
          </label>
        )}
        {choices.format === 'csv' && (
          <fieldset className="chat-import__columns">
            <legend>{t('chatImport.csvColumns')}</legend>
            {(['csvTime', 'csvSender', 'csvText', 'csvId'] as const).map((name) => (
              <label key={name} className="field">
                <span className="field__label">{t(`chatImport.${name}`)}</span>
                <input value={choices[name] ?? ''} maxLength={100} onChange={choose(name)} />
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button button--primary" disabled={!file || isSending}>
          {isSending ? t('chatImport.uploading') : t('chatImport.upload')}
        </button>
        {failure && (
          <p className="field__error" role="alert">
            {failure.message}
          </p>
        )}
      </form>
      <h2>{t('chatImport.past')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(imports) =>
          imports.length === 0 ? (
            <p className="muted">{t('chatImport.none')}</p>
          ) : (
            <ul className="chat-import__list">
              {imports.map((item) => (
                <ImportItem key={item.id} item={item} />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </main>
  );
}

function ImportItem({ item }: { item: ChatImportView }) {
  const { t } = useTranslation();
  return (
    <li className="card chat-import__item" data-testid="chat-import" data-status={item.status}>
      <strong className="chat-import__name">{item.fileName}</strong>
      <span className={`chat-import__status chat-import__status--${item.status}`}>
        {item.status === 'running'
          ? t('chatImport.running', { percent: item.percent })
          : t(`chatImport.${item.status}`)}
      </span>
      {isOpen(item) && (
        <progress className="chat-import__bar" max={100} value={item.percent} aria-label={t('chatImport.title')} />
      )}
      {item.status === 'done' && (
        <p>
          {t('chatImport.counts', {
            read: item.messagesRead,
            added: item.messagesAdded,
            already: item.messagesAlready,
          })}
        </p>
      )}
      {item.errorMessage && <p className="field__error">{item.errorMessage}</p>}
      {item.problemCount > 0 && (
        <details>
          <summary>{t('chatImport.problems', { count: item.problemCount })}</summary>
          <ul className="chat-import__problems">
            {item.problems.map((problem) => (
              <li key={`${problem.line}:${problem.code}:${problem.detail ?? ''}`}>{problem.message}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
