import { can, formatFen, type GrantRoundSummary, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import './proposals.css';

/**
 * The rounds a team may write to today, on its own phone: the server lists a team's account only
 * the published rounds that target its home community (grants/visibility.ts); those not over yet
 * are open (proposals.ts openRoundFor). One big 写提案 each, so a leader never needs the code on
 * the poster. Nothing shows while there is none, or when the list cannot be had (the page works
 * without it). Only for the team's own accounts: staff read every round of the street.
 */
export function TeamOpenRounds({ organizationId }: { organizationId: string }) {
  const user = useUser();
  const isOwnTeam = user.scopeKind === 'organization' && user.scopeId === organizationId;
  if (!isOwnTeam) return null;
  return <OpenRoundsList mayWrite={can(user, 'grants.proposal.write')} />;
}

function OpenRoundsList({ mayWrite }: { mayWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { resource } = useResource<GrantRoundSummary[]>('/api/grant-rounds');
  if (resource.status !== 'ready') return null;
  const today = shanghaiDate(new Date());
  const open = resource.data.filter((round) => round.status === 'published' && round.endsOn >= today);
  if (open.length === 0) return null;
  return (
    <section className="card team-open-rounds" data-testid="team-open-rounds">
      <h2>{t('proposals.openRounds.title')}</h2>
      <ul className="team-open-rounds__list">
        {open.map((round) => (
          <li key={round.id} data-testid="team-open-round">
            <strong>{round.name}</strong>
            <p className="muted">
              {t('proposals.openRounds.rules', {
                cap: formatFen(round.perProposalCapFen, locale),
                endsOn: formatDate(round.endsOn, locale),
              })}
            </p>
            {mayWrite && (
              <Link
                className="button button--primary button--block button--wrap"
                to={`/proposals/new?round=${encodeURIComponent(round.code)}`}
                data-testid="team-open-round-write"
              >
                {t('proposals.write')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** From the team's page to its grants page: agreements and proposals, one tap (for those who read its money). */
export function TeamGrantsLink({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  if (!can(user, 'grants.money.read')) return null;
  return (
    <Link
      className="button button--secondary button--block"
      to={`/organizations/${encodeURIComponent(organizationId)}/grants`}
      data-testid="team-grants-link"
    >
      {t('proposals.teamGrants')}
    </Link>
  );
}
