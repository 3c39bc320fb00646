import { maskPhone, memberRoles, type OrganizationDetail } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Member = NonNullable<OrganizationDetail['members']>[number];

/** Leader first, then deputy, treasurer, logistics, members (seed 000's division of labour). */
function byRole(a: Member, b: Member): number {
  return memberRoles.indexOf(a.role) - memberRoles.indexOf(b.role);
}

/**
 * Members with their roles. Phones are shown masked (PIPL: the minimum necessary); where the
 * server sent a full number (roles that may contact people) one tap reveals it as a call link.
 */
export function MemberList({ members, memberCount }: { members: OrganizationDetail['members']; memberCount: number }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">
        {t('organization.membersTitle')}{' '}
        <span className="muted">{t('organization.memberCount', { count: members?.length ?? memberCount })}</span>
      </h2>
      {members === null ? (
        <p className="muted" data-testid="members-hidden">
          {t('organization.membersHidden')}
        </p>
      ) : members.length === 0 ? (
        <p className="muted">{t('organization.noMembers')}</p>
      ) : (
        <ul className="member-list">
          {[...members].sort(byRole).map((member) => (
            <MemberRow key={member.personId} member={member} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { t } = useTranslation();
  const [isRevealed, setRevealed] = useState(false);
  const masked = maskPhone(member.phone);
  const canReveal = member.phone !== null && member.phone !== masked && !member.phone.includes('*');
  return (
    <li className="member-row" data-testid="member-row">
      <span className="member-row__name">{member.name}</span>
      <span className={`role-tag role-tag--${member.role}`}>{t(`memberRole.${member.role}`)}</span>
      {member.phone && (
        <span className="member-row__phone">
          {isRevealed && canReveal ? (
            <a href={`tel:${member.phone}`} aria-label={t('organization.callPhone', { phone: member.phone })}>
              {member.phone}
            </a>
          ) : (
            <>
              <span data-testid="member-phone">{masked}</span>
              {canReveal && (
                <button type="button" className="button button--link" onClick={() => setRevealed(true)}>
                  {t('organization.showPhone')}
                </button>
              )}
            </>
          )}
        </span>
      )}
    </li>
  );
}
