import { can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';

/** The way to a community's spaces from another page (the community page, a team's home). */
export function SpacesLink({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  if (!can(user, 'allocation.read')) return null;
  return (
    <Link
      className="button button--secondary button--block"
      to={`/communities/${encodeURIComponent(communityId)}/spaces`}
      data-testid="spaces-link"
    >
      {t('allocation.spacesLink')}
    </Link>
  );
}
