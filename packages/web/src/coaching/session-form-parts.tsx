import type { OrganizationDetail, StaffMember } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useResource } from '../shared/use-resource';
import { Chips } from './chips';

/** The staff who ran the session: the caller by default, any of the incubator team added. */
export function StaffPicker({ selected, onToggle }: { selected: readonly string[]; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  const { resource } = useResource<{ items: StaffMember[] }>('/api/coaching/staff');
  if (resource.status !== 'ready') return null;
  return (
    <Chips
      label={t('coaching.form.staff')}
      options={resource.data.items.map((member) => ({ value: member.id, label: member.name }))}
      selected={selected}
      onToggle={onToggle}
      testId="coaching-staff"
    />
  );
}

/** Members of one organization present, as chips (only offered for a few organizations: a one-to-one, a small workshop). */
export function MemberPicker({
  organizationId,
  selected,
  onToggle,
}: {
  organizationId: string;
  selected: readonly string[];
  onToggle: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(organizationId)}`);
  if (resource.status !== 'ready' || !resource.data.members || resource.data.members.length === 0) return null;
  return (
    <Chips
      label={t('coaching.form.people', { name: resource.data.name })}
      options={resource.data.members.map((member) => ({ value: member.personId, label: member.name }))}
      selected={selected}
      onToggle={onToggle}
      testId="coaching-people"
    />
  );
}
