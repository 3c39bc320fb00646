import {
  chatGroupCountInputSchema,
  chatGroupInputSchema,
  chatGroupLayers,
  type OrganizationRegistry,
  shanghaiDate,
  subTeamMemberInputSchema,
  subTeamRoles,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/** Forms a leader (or staff) uses for sub-teams and chat groups: short, most fields optional. */

const today = () => shanghaiDate(new Date());

/** What each team form gets: the organization, its registry as shown, and the reload after a save. */
interface TeamFormProps {
  organizationId: string;
  registry: OrganizationRegistry;
  onDone: () => void;
}

/** Add a current member of the organization to a sub-team 分队. */
export function SubTeamMemberForm({ organizationId, registry, onDone }: TeamFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    subTeamMemberInputSchema,
    { subTeamId: registry.subTeams[0]?.id ?? '', personId: '', role: 'member', joinedOn: '' },
    {
      toInput: ({ subTeamId, ...member }) => formInput(member, subTeamMemberInputSchema),
      send: (data, { subTeamId }) =>
        api.post(`/api/organizations/${organizationId}/sub-teams/${encodeURIComponent(subTeamId)}/members`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, personId: '' }),
    },
  );
  const members = (registry.memberHistory ?? []).filter((m) => m.leftOn === null);
  if (registry.subTeams.length === 0) return null;
  return (
    <FoldedForm
      title={t('organizations.forms.subTeamMember.title')}
      testId="sub-team-member-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <SelectField
        label={t('organizations.forms.subTeamMember.subTeam')}
        {...form.field('subTeamId')}
        options={registry.subTeams.map((team) => ({ value: team.id, label: team.name }))}
        required
        testId="sub-team-member-team"
      />
      {members.length === 0 ? (
        <p className="muted">{t('organizations.forms.subTeamMember.noMembers')}</p>
      ) : (
        <SelectField
          label={t('organizations.forms.subTeamMember.person')}
          {...form.field('personId')}
          placeholder={t('organizations.forms.choose')}
          options={members.map((m) => ({ value: m.personId, label: m.name }))}
          testId="sub-team-member-person"
        />
      )}
      <SelectField
        label={t('organizations.forms.subTeamMember.role')}
        {...form.field('role')}
        options={subTeamRoles.map((r) => ({ value: r, label: t(`organizations.forms.subTeamRole.${r}`) }))}
      />
      <TextField label={t('organizations.forms.subTeamMember.joinedOn')} type="date" {...form.field('joinedOn')} />
    </FoldedForm>
  );
}

/**
 * A new chat group with its layer (总群, 核心群, 通知群, 分队群, 聊天群: the chat trail's, one table since
 * issue 19) and, if known, its size now. A 分队群 names its sub-team, so it is offered once there is one.
 */
export function ChatGroupForm({ organizationId, registry, onDone }: TeamFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    chatGroupInputSchema,
    { name: '', layer: 'general', subTeamId: '', memberCount: '', createdOn: '' },
    {
      // A sub-team goes with a sub-team's group only.
      toInput: (values) =>
        formInput({ ...values, subTeamId: values.layer === 'squad' ? values.subTeamId : '' }, chatGroupInputSchema, {
          numbers: ['memberCount'],
        }),
      send: (data) => api.post(`/api/organizations/${organizationId}/chat-groups`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, name: '', memberCount: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.forms.chatGroup.title')}
      testId="chat-group-add"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <TextField label={t('organizations.chatGroups.name')} {...form.field('name')} testId="chat-group-name" />
      <SelectField
        label={t('organizations.forms.chatGroup.layer')}
        {...form.field('layer')}
        options={chatGroupLayers
          .filter((l) => l !== 'squad' || registry.subTeams.length > 0)
          .map((l) => ({ value: l, label: t(`chat.layer.${l}`) }))}
        testId="chat-group-layer"
      />
      {form.values.layer === 'squad' && registry.subTeams.length > 0 && (
        <SelectField
          label={t('organizations.forms.subTeamMember.subTeam')}
          {...form.field('subTeamId')}
          placeholder={t('organizations.forms.choose')}
          options={registry.subTeams.map((team) => ({ value: team.id, label: team.name }))}
        />
      )}
      <TextField
        label={t('organizations.forms.chatGroup.memberCount')}
        type="number"
        inputMode="numeric"
        {...form.field('memberCount')}
        testId="chat-group-count"
      />
      <TextField label={t('organizations.forms.chatGroup.createdOn')} type="date" {...form.field('createdOn')} />
    </FoldedForm>
  );
}

/** A dated snapshot of a chat group's member count (a second count on the same day replaces it). */
export function ChatCountForm({ organizationId, registry, onDone }: TeamFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    chatGroupCountInputSchema,
    { groupId: registry.chatGroups[0]?.id ?? '', countedOn: today(), memberCount: '' },
    {
      toInput: ({ groupId, ...count }) => formInput(count, chatGroupCountInputSchema, { numbers: ['memberCount'] }),
      send: (data, { groupId }) =>
        api.post(`/api/organizations/${organizationId}/chat-groups/${encodeURIComponent(groupId)}/counts`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, memberCount: '' }),
    },
  );
  if (registry.chatGroups.length === 0) return null;
  return (
    <FoldedForm
      title={t('organizations.forms.chatCount.title')}
      testId="chat-count-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <SelectField
        label={t('organizations.forms.chatCount.group')}
        {...form.field('groupId')}
        options={registry.chatGroups.map((g) => ({ value: g.id, label: g.name }))}
        required
        testId="chat-count-group"
      />
      <TextField label={t('organizations.forms.chatCount.countedOn')} type="date" {...form.field('countedOn')} />
      <TextField
        label={t('organizations.forms.chatCount.memberCount')}
        type="number"
        inputMode="numeric"
        {...form.field('memberCount')}
        testId="chat-count-value"
      />
    </FoldedForm>
  );
}
