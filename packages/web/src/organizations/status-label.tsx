import type { OrganizationStatus } from '@seedbed/core';
import { useTranslation } from 'react-i18next';

export function StatusLabel({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${status}`}>{t(`organizationStatus.${status}`)}</span>;
}
