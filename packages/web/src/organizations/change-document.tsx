import { can, type OrganizationRegistry } from '@seedbed/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useUser } from '../shared/session';
import { useSubmission } from '../shared/use-schema-form';

type Change = OrganizationRegistry['changes'][number];

/**
 * A change's document (the 备案 certificate, a registration scan): a link when there is one and the
 * role handles registration (`organization.document.read`), and for staff (or the committee, on a
 * filing) a file picker that uploads a phone photo or a PDF straight away.
 */
export function ChangeDocument({
  organizationId,
  change,
  mayAttachFiling,
  onChanged,
}: {
  organizationId: string;
  change: Change;
  /** The residents' committee attaches the scan of a filing (the home community's: filing-section.tsx). */
  mayAttachFiling: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const upload = useSubmission();
  const path = `/api/organizations/${organizationId}/changes/${change.id}/document`;
  const mayAttach =
    (can(user, 'organization.history.record') && change.field !== 'orientation') ||
    (mayAttachFiling && change.field === 'filing_status');

  async function attach(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (await upload.run(() => api.upload(path, file))) onChanged();
  }

  return (
    <div className="change-document">
      {change.documentFileType && can(user, 'organization.document.read') && (
        <a href={path} target="_blank" rel="noreferrer" data-testid="change-document-link">
          {t('organizations.history.viewDocument')}
        </a>
      )}
      {mayAttach && (
        <label className="button button--secondary change-document__pick">
          {upload.isSubmitting ? t('common.saving') : t('organizations.history.attachDocument')}
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp"
            className="visually-hidden"
            data-testid="change-document-upload"
            disabled={upload.isSubmitting}
            onChange={attach}
          />
        </label>
      )}
      {upload.failure && (
        <p className="field__error" role="alert">
          {upload.failure}
        </p>
      )}
    </div>
  );
}
