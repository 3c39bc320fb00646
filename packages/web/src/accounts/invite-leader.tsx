import { inviteCreateInputSchema, type MemberRole } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { SelectField } from '../shared/select-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { InviteCard } from './invite-card';
import type { InviteCreated } from './invite-link';

/** A current member of the team, as the organization page has them. */
export interface InvitableMember {
  personId: string;
  name: string;
  role: MemberRole;
}

/** Nobody from the list: a name typed for an account not yet tied to a member's record. */
const someoneElse = '';

/**
 * Staff create an invitation for the team's leader or one of its members and send the link
 * themselves (usually in WeChat); Seedbed sends no messages. The person opens it on a phone at
 * /invite/<code>. Chosen from the member list, the account is tied to that member's record, so
 * what the member may do follows their role in the team (a deputy records activities); the leader
 * is chosen unless staff pick someone else.
 */
export function InviteLeader({
  organizationId,
  suggestedName,
  members = [],
}: {
  organizationId: string;
  suggestedName: string;
  members?: readonly InvitableMember[];
}) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const leader = members.find((member) => member.role === 'leader' && member.name === suggestedName);
  const [personId, setPersonId] = useState(leader?.personId ?? someoneElse);
  const chosen = members.find((member) => member.personId === personId);
  const form = useSchemaForm(
    inviteCreateInputSchema,
    { displayName: suggestedName },
    {
      toInput: ({ displayName }) => ({
        organizationId,
        role: !chosen || chosen.role === 'leader' ? 'organization_leader' : 'organization_member',
        displayName,
        ...(chosen ? { personId: chosen.personId } : {}),
      }),
      send: (data) => api.post<InviteCreated>('/api/invites', data),
      onSaved: setCreated,
    },
  );
  const choose = (id: string) => {
    setPersonId(id);
    const member = members.find((candidate) => candidate.personId === id);
    if (member) form.field('displayName').onChange(member.name);
  };

  return (
    <InviteCard
      testId="invite-leader"
      title={t('inviteLeader.title')}
      intro={t('inviteLeader.intro')}
      nameLabel={t('inviteLeader.name')}
      nameField={form.field('displayName')}
      form={form}
      submitLabel={t('inviteLeader.submit')}
      submittingLabel={t('inviteLeader.submitting')}
      created={created}
      lead={
        members.length > 0 && (
          <SelectField
            label={t('inviteLeader.member')}
            value={personId}
            onChange={choose}
            options={[
              ...members.map((member) => ({
                value: member.personId,
                label: `${member.name}（${t(`memberRole.${member.role}`)}）`,
              })),
              { value: someoneElse, label: t('inviteLeader.someoneElse') },
            ]}
            hint={t('inviteLeader.memberHint')}
            testId="invite-leader-member"
          />
        )
      }
    >
      {/* An invite never takes over an existing account: someone who only forgot the password gets a reset. */}
      <p className="muted">
        {t('inviteLeader.hasAccount')}{' '}
        <Link to="/accounts/reset" data-testid="invite-leader-reset-instead">
          {t('inviteLeader.resetInstead')}
        </Link>
      </p>
    </InviteCard>
  );
}
