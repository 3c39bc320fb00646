import {
  chatGroupCountInputSchema,
  chatGroupInputSchema,
  chatGroupLayers,
  type OrganizationRegistry,
  shanghaiDate,
  subTeamMemberInputSchema,
  subTeamRoles,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { FoldedForm, optional, useFoldedForm } from './folded-form';

/** Forms a leader (or staff) uses for sub-teams and chat groups: short, most fields optional. */

const today = () => shanghaiDate(new Date());
const asCount = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** Add a current member of the organization to a sub-team 分队. */
export function SubTeamMemberForm({
  organizationId,
  registry,
  onDone,
}: {
  organizationId: string;
  registry: OrganizationRegistry;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useFoldedForm(onDone);
  const [subTeamId, setSubTeamId] = useState(registry.subTeams[0]?.id ?? '');
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<string>('member');
  const [joinedOn, setJoinedOn] = useState('');
  const members = (registry.memberHistory ?? []).filter((m) => m.leftOn === null);
  if (registry.subTeams.length === 0) return null;
  const submit = () =>
    form.send(
      subTeamMemberInputSchema,
      { personId, role, joinedOn: optional(joinedOn) },
      `/api/organizations/${organizationId}/sub-teams/${encodeURIComponent(subTeamId)}/members`,
      () => setPersonId(''),
    );
  return (
    <FoldedForm
      title={t('registry.forms.subTeamMember.title')}
      testId="sub-team-member-form"
      state={form}
      onSubmit={submit}
    >
      <SelectField
        label={t('registry.forms.subTeamMember.subTeam')}
        value={subTeamId}
        onChange={setSubTeamId}
        options={registry.subTeams.map((team) => ({ value: team.id, label: team.name }))}
        required
        testId="sub-team-member-team"
      />
      {members.length === 0 ? (
        <p className="muted">{t('registry.forms.subTeamMember.noMembers')}</p>
      ) : (
        <SelectField
          label={t('registry.forms.subTeamMember.person')}
          value={personId}
          onChange={setPersonId}
          placeholder={t('registry.forms.choose')}
          options={members.map((m) => ({ value: m.personId, label: m.name }))}
          error={form.errors.personId}
          required
          testId="sub-team-member-person"
        />
      )}
      <SelectField
        label={t('registry.forms.subTeamMember.role')}
        value={role}
        onChange={setRole}
        options={subTeamRoles.map((r) => ({ value: r, label: t(`registry.forms.subTeamRole.${r}`) }))}
      />
      <TextField
        label={t('registry.forms.subTeamMember.joinedOn')}
        type="date"
        value={joinedOn}
        onChange={setJoinedOn}
        error={form.errors.joinedOn}
      />
    </FoldedForm>
  );
}

/** A new chat group with its layer (main, core, notice, sub-team, chat) and, if known, its size now. */
export function ChatGroupForm({
  organizationId,
  registry,
  onDone,
}: {
  organizationId: string;
  registry: OrganizationRegistry;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useFoldedForm(onDone);
  const [name, setName] = useState('');
  const [layer, setLayer] = useState<string>('main');
  const [subTeamId, setSubTeamId] = useState('');
  const [memberCount, setMemberCount] = useState('');
  const [createdOn, setCreatedOn] = useState('');
  const submit = () =>
    form.send(
      chatGroupInputSchema,
      {
        name: name.trim(),
        layer,
        subTeamId: layer === 'sub_team' ? optional(subTeamId) : undefined,
        memberCount: asCount(memberCount),
        createdOn: optional(createdOn),
      },
      `/api/organizations/${organizationId}/chat-groups`,
      () => {
        setName('');
        setMemberCount('');
      },
    );
  return (
    <FoldedForm title={t('registry.forms.chatGroup.title')} testId="chat-group-add" state={form} onSubmit={submit}>
      <TextField
        label={t('registry.chatGroups.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        required
        maxLength={60}
        testId="chat-group-name"
      />
      <SelectField
        label={t('registry.forms.chatGroup.layer')}
        value={layer}
        onChange={setLayer}
        options={chatGroupLayers.map((l) => ({ value: l, label: t(`registry.chatLayer.${l}`) }))}
        testId="chat-group-layer"
      />
      {layer === 'sub_team' && registry.subTeams.length > 0 && (
        <SelectField
          label={t('registry.forms.subTeamMember.subTeam')}
          value={subTeamId}
          onChange={setSubTeamId}
          placeholder={t('registry.forms.choose')}
          options={registry.subTeams.map((team) => ({ value: team.id, label: team.name }))}
        />
      )}
      <TextField
        label={t('registry.forms.chatGroup.memberCount')}
        type="number"
        inputMode="numeric"
        value={memberCount}
        onChange={setMemberCount}
        error={form.errors.memberCount}
        testId="chat-group-count"
      />
      <TextField
        label={t('registry.forms.chatGroup.createdOn')}
        type="date"
        value={createdOn}
        onChange={setCreatedOn}
        error={form.errors.createdOn}
      />
    </FoldedForm>
  );
}

/** A dated snapshot of a chat group's member count (a second count on the same day replaces it). */
export function ChatCountForm({
  organizationId,
  registry,
  onDone,
}: {
  organizationId: string;
  registry: OrganizationRegistry;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useFoldedForm(onDone);
  const [groupId, setGroupId] = useState(registry.chatGroups[0]?.id ?? '');
  const [countedOn, setCountedOn] = useState(today);
  const [memberCount, setMemberCount] = useState('');
  if (registry.chatGroups.length === 0) return null;
  const submit = () =>
    form.send(
      chatGroupCountInputSchema,
      { countedOn, memberCount: asCount(memberCount) },
      `/api/organizations/${organizationId}/chat-groups/${encodeURIComponent(groupId)}/counts`,
      () => setMemberCount(''),
    );
  return (
    <FoldedForm title={t('registry.forms.chatCount.title')} testId="chat-count-form" state={form} onSubmit={submit}>
      <SelectField
        label={t('registry.forms.chatCount.group')}
        value={groupId}
        onChange={setGroupId}
        options={registry.chatGroups.map((g) => ({ value: g.id, label: g.name }))}
        required
        testId="chat-count-group"
      />
      <TextField
        label={t('registry.forms.chatCount.countedOn')}
        type="date"
        value={countedOn}
        onChange={setCountedOn}
        error={form.errors.countedOn}
        required
      />
      <TextField
        label={t('registry.forms.chatCount.memberCount')}
        type="number"
        inputMode="numeric"
        value={memberCount}
        onChange={setMemberCount}
        error={form.errors.memberCount}
        required
        testId="chat-count-value"
      />
    </FoldedForm>
  );
}
