import {
  can,
  type HandOverInput,
  type HandOverResult,
  handOverInputSchema,
  type OrganizationDetail,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteLeader } from '../accounts';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { type LoginResult, useSession, useUser } from '../shared/session';
import { useSchemaForm } from '../shared/use-schema-form';

type Values = { toPersonId: string; formerLeaderBecomes: HandOverInput['formerLeaderBecomes'] };

/**
 * The leader (or staff) hands leadership over to another current member, from the team page on a
 * phone: pick the member, say what the former leader becomes, then confirm in a second step, since
 * the leader's own buttons go with it. A new leader without an account is told so; staff get the
 * invite form at once, a leader is asked to turn to staff. Mounted for everyone who sees the
 * members; shows nothing to those who may not hand over, unless they just did.
 */
export function HandOverLeadership({
  organization,
  onHandedOver,
}: {
  organization: OrganizationDetail;
  onHandedOver: (updated: OrganizationDetail) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const { signIn } = useSession();
  const [isConfirming, setConfirming] = useState(false);
  const [handed, setHanded] = useState<{ name: string; hasAccount: boolean } | null>(null);
  const candidates = (organization.members ?? []).filter((member) => member.role !== 'leader');
  const nameOf = (personId: string) => candidates.find((m) => m.personId === personId)?.name ?? '';
  const isLeader = user.teamRole === 'leader';
  const form = useSchemaForm<Values, HandOverInput, HandOverResult>(
    handOverInputSchema,
    { toPersonId: '', formerLeaderBecomes: 'deputy' },
    {
      send: (data) => api.post<HandOverResult>(`/api/organizations/${organization.id}/leadership`, data),
      fieldMessages: { toPersonId: t('organizations.handOver.pick') },
      onSaved: (result, values) => {
        setConfirming(false);
        setHanded({ name: nameOf(values.toPersonId), hasAccount: result.newLeaderHasAccount });
        // The caller's own account may have stepped down: read it and the team again, so the
        // buttons follow. This section stays mounted to say what happened even then.
        void api.get<LoginResult>('/api/auth/me').then(signIn, () => undefined);
        void api.get<OrganizationDetail>(`/api/organizations/${organization.id}`).then(onHandedOver, () => undefined);
      },
    },
  );

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (isConfirming) return form.onSubmit(event);
    event.preventDefault();
    if (!form.values.toPersonId) form.refuse({ toPersonId: t('organizations.handOver.pick') });
    else setConfirming(true);
  }

  const mayHandOver = can(user, 'organization.leadership.hand_over');
  if (!mayHandOver && !handed) return null;
  return (
    <section className="card" aria-labelledby="hand-over-title" data-testid="hand-over">
      <h2 id="hand-over-title">{t('organizations.handOver.title')}</h2>
      {handed && (
        <div className="notice" role="status" data-testid="hand-over-done">
          <p>{t('organizations.handOver.done', { name: handed.name })}</p>
          {!handed.hasAccount && (
            <p data-testid="hand-over-no-account">
              {t('organizations.handOver.noAccount', { name: handed.name })}{' '}
              {!can(user, 'invite.create') && t('organizations.handOver.askStaff')}
            </p>
          )}
        </div>
      )}
      {handed && !handed.hasAccount && can(user, 'invite.create') && (
        <InviteLeader
          organizationId={organization.id}
          suggestedName={handed.name}
          members={organization.members ?? []}
        />
      )}
      {!mayHandOver ? null : candidates.length === 0 ? (
        <p className="muted">{t('organizations.handOver.noCandidates')}</p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit} data-testid="hand-over-form">
          <p className="muted">{t('organizations.handOver.intro')}</p>
          <SelectField
            label={t('organizations.handOver.to')}
            {...form.field('toPersonId')}
            onChange={(value) => {
              setConfirming(false);
              form.refuse({});
              form.set('toPersonId', value);
            }}
            placeholder={t('organizations.handOver.pick')}
            options={candidates.map((m) => ({ value: m.personId, label: `${m.name}（${t(`memberRole.${m.role}`)}）` }))}
            testId="hand-over-to"
          />
          <SelectField
            label={t(isLeader ? 'organizations.handOver.iBecome' : 'organizations.handOver.formerBecomes')}
            {...form.field('formerLeaderBecomes')}
            options={(['deputy', 'member'] as const).map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
            testId="hand-over-former"
          />
          {isConfirming && (
            <p className="notice notice--warning" data-testid="hand-over-question">
              {t('organizations.handOver.question', { name: nameOf(form.values.toPersonId) })}
            </p>
          )}
          <FormFooter
            state={form}
            label={t(isConfirming ? 'organizations.handOver.confirm' : 'organizations.handOver.open')}
            savedLabel=""
            testId="hand-over-submit"
          >
            {isConfirming && (
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('organizations.handOver.cancel')}
              </button>
            )}
          </FormFooter>
        </form>
      )}
    </section>
  );
}
