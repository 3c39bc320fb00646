import { can, type OrganizationDetail } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';

/** On a children's council's page: the way to its terms 届 (members, goal, meetings, what came of them). */
export function CouncilTermsLink({
  organization,
}: {
  organization: Pick<OrganizationDetail, 'id' | 'organizationType'>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  if (organization.organizationType !== 'children_council' || !can(user, 'deliberation.read')) return null;
  return (
    <Link
      className="button button--secondary button--block"
      to={`/organizations/${encodeURIComponent(organization.id)}/council-terms`}
      data-testid="council-terms-link"
    >
      {t('deliberation.terms.link')}
    </Link>
  );
}
