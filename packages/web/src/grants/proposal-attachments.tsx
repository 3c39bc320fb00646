import { can, type GrantProposal, isProposalOpenToChange, type ProposalAttachment } from '@seedbed/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { sentPhotoSide, shrinkPhoto } from '../shared/shrink-photo';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';

/** What the server takes (it reads the real type from the bytes); a phone's picker offers its camera too. */
const accepted = 'application/pdf,image/jpeg,image/png,image/webp';

/** 1.2 MB, 340 KB: enough to tell a photo from a scan, the same in both languages. */
function sizeOf(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The phone's file name, cut to what the server keeps (whole characters, never half of one). */
const nameOf = (file: File) =>
  Array.from(file.name.trim() || 'photo')
    .slice(0, 120)
    .join('');

/**
 * A proposal's attachments 附件 (issue 17): every reader of the proposal sees the list and opens a
 * file; the team, while it may still change the proposal, adds one with a single big button (the
 * phone offers its camera or its files; no `capture`, so a PDF can be chosen too) and removes one.
 * Photos are shrunk before sending, as a claim's receipts are: a cheap phone on a slow network.
 */
export function ProposalAttachments({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const user = useUser();
  const path = `/api/grant-proposals/${encodeURIComponent(proposal.id)}/attachments`;
  const { resource, reload } = useResource<ProposalAttachment[]>(path);
  const change = useSubmission();
  const mayChange = can(user, 'grants.proposal.write') && isProposalOpenToChange(proposal);

  async function add(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const body = file.type.startsWith('image/') ? await shrinkPhoto(file, sentPhotoSide.photo) : file;
    if (await change.run(() => api.post(`${path}?name=${encodeURIComponent(nameOf(file))}`, body))) reload();
  }

  async function remove(attachment: ProposalAttachment) {
    const removed = await change.run(() =>
      api.delete(`/api/grant-proposal-attachments/${encodeURIComponent(attachment.id)}`),
    );
    if (removed) reload();
  }

  return (
    <section className="card proposal-attachments" data-testid="proposal-attachments">
      <h2>{t('proposals.attachments.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(attachments) =>
          attachments.length === 0 ? (
            <p className="muted">{t('proposals.attachments.none')}</p>
          ) : (
            <ul className="proposal-attachments__list">
              {attachments.map((attachment) => (
                <li key={attachment.id} data-testid="proposal-attachment">
                  <a
                    className="proposal-attachments__name"
                    href={`/api/grant-proposal-attachments/${encodeURIComponent(attachment.id)}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {attachment.originalName}
                  </a>
                  <span className="muted"> · {sizeOf(attachment.sizeBytes)}</span>
                  {mayChange && (
                    <button
                      type="button"
                      className="button button--secondary proposal-attachments__remove"
                      aria-label={t('proposals.attachments.removeNamed', { name: attachment.originalName })}
                      disabled={change.isSubmitting}
                      onClick={() => remove(attachment)}
                    >
                      {t('proposals.attachments.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {mayChange && (
        <>
          <label className="button button--primary button--wrap proposal-attachments__add">
            {change.isSubmitting ? t('proposals.attachments.adding') : t('proposals.attachments.add')}
            <input
              type="file"
              accept={accepted}
              className="visually-hidden"
              data-testid="proposal-attachment-upload"
              disabled={change.isSubmitting}
              onChange={add}
            />
          </label>
          <p className="muted">{t('proposals.attachments.hint')}</p>
        </>
      )}
      {change.failure && (
        <p className="field__error" role="alert">
          {change.failure}
        </p>
      )}
    </section>
  );
}
