import { can, type OrganizationRegistry } from '@seedbed/core';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { useUser } from '../shared/session';

type Change = OrganizationRegistry['changes'][number];

/**
 * A change's document (the 备案 certificate, a registration scan): a link when there is one, and for
 * staff a file picker that uploads a phone photo or a PDF straight away.
 */
export function ChangeDocument({
  organizationId,
  change,
  onChanged,
}: {
  organizationId: string;
  change: Change;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [failure, setFailure] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const path = `/api/organizations/${organizationId}/changes/${change.id}/document`;
  const mayAttach = can(user.role, 'organization.history.record') && change.field !== 'orientation';

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFailure(null);
    setSending(true);
    try {
      await api.upload(path, file);
      onChanged();
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="change-document">
      {change.documentFileType && (
        <a href={path} target="_blank" rel="noreferrer" data-testid="change-document-link">
          {t('registry.history.viewDocument')}
        </a>
      )}
      {mayAttach && (
        <label className="button button--secondary change-document__pick">
          {isSending ? t('registry.saving') : t('registry.history.attachDocument')}
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp"
            className="visually-hidden"
            data-testid="change-document-upload"
            disabled={isSending}
            onChange={attach}
          />
        </label>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
