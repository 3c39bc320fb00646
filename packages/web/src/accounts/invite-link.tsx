import type { inviteCreatedSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { CopyLink } from '../shared/copy-link';
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
      <CopyLink label={t('inviteLeader.link')} link={invite.url} testId="invite-link" />
      <p className="muted">{t('inviteLeader.expires', { date: formatDateTime(invite.expiresAt, currentLocale()) })}</p>
    </div>
  );
}
