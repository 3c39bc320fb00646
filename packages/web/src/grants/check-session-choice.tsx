import type { ClaimSession } from '@seedbed/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';

/**
 * Which 报销会 staff are checking claims at (seed 002: the monthly reimbursement session): the
 * street's newest session unless changed, or none. A check names it, so the session's page lists
 * its batch.
 */
export function CheckSessionChoice({
  streetId,
  value,
  onChange,
}: {
  streetId: string;
  value: string | null;
  onChange: (sessionId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<ClaimSession[]>(`/api/streets/${encodeURIComponent(streetId)}/grant-claim-sessions`);
  const sessions = resource.status === 'ready' ? resource.data : [];
  const newest = sessions[0]?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first answer picks the default.
  useEffect(() => {
    if (newest !== null && value === null) onChange(newest);
  }, [newest]);
  if (sessions.length === 0) return null;
  return (
    <SelectField
      label={t('grants.money.sessions.checkAt')}
      value={value ?? ''}
      onChange={(chosen) => onChange(chosen === '' ? null : chosen)}
      options={[
        { value: '', label: t('grants.money.sessions.checkAtNone') },
        ...sessions.map((session) => ({ value: session.id, label: `${session.title} · ${session.heldOn}` })),
      ]}
      testId="grant-check-session"
    />
  );
}
