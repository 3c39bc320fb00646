import { can } from '@seedbed/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { HeaderGroup } from './header-group';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { Loading } from './loading';
import { SessionPending } from './network-retry';
import { PageLoadBoundary } from './page-load-boundary';
import { useSession } from './session';

/**
 * The frame of every screen: header (app name, language, who is logged in, logout) and the page.
 * On a phone the header is one row — the name, the language and 菜单, which holds the rest.
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand" data-testid="app-name">
          <span className="app-header__logo" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <LanguageSwitch />
        <HeaderMenu>
          <MainNav />
          <div className="app-header__tools">
            <UserMenu />
          </div>
        </HeaderMenu>
      </header>
      <main id="main" className="app-main">
        <PageLoadBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </PageLoadBoundary>
      </main>
    </div>
  );
}

/** Links to the registers a role works with (the street or organization home is the brand link). */
function MainNav() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  // Staff work from registers; leaders and members mostly from their organization's page, so they
  // get only the feed and their own volunteer record (a phone's header has little room).
  const links = [
    // Every organization in the caller's scope; a team's own account has only its own (its home).
    can(user, 'organization.read') &&
      user.scopeKind !== 'organization' && {
        to: '/organizations',
        label: t('nav.organizations'),
        testId: 'nav-organizations',
      },
    can(user, 'person.read') && { to: '/people', label: t('nav.people'), testId: 'nav-people' },
    can(user, 'deliberation.read') && { to: '/meetings', label: t('nav.meetings'), testId: 'nav-meetings' },
    can(user, 'tracking.read') && {
      to: '/tracking',
      label: t('nav.tracking'),
      testId: 'nav-tracking',
      group: 'tracking',
    },
    can(user, 'tracking.duplicates.read') && {
      to: '/activities/duplicates',
      label: t('nav.duplicates'),
      testId: 'nav-duplicates',
      group: 'tracking',
    },
    can(user, 'coaching.record') && {
      to: '/coaching/sessions',
      label: t('nav.coaching'),
      testId: 'nav-coaching',
      group: 'coaching',
    },
    can(user, 'coaching.workload.read') && {
      to: '/coaching/workload',
      label: t('nav.workload'),
      testId: 'nav-workload',
      group: 'coaching',
    },
    can(user, 'coaching.programme.read') && {
      to: '/coaching/programmes',
      label: t('nav.programmes'),
      testId: 'nav-programmes',
      group: 'coaching',
    },
    can(user, 'training.applications.read') && {
      to: '/training',
      label: t('nav.training'),
      testId: 'nav-training',
      group: 'funding',
    },
    can(user, 'publicity.read') && { to: '/publicity/feed', label: t('nav.feed'), testId: 'nav-feed' },
    can(user, 'grants.round.manage') && {
      to: '/grants/rounds',
      label: t('nav.grantRounds'),
      testId: 'nav-grant-rounds',
      group: 'funding',
    },
    can(user, 'grants.agreement.manage') && {
      to: '/grants/claim-sessions',
      label: t('nav.claimSessions'),
      testId: 'nav-claim-sessions',
      group: 'funding',
    },
    can(user, 'grants.review.write') && { to: '/grants/reviews', label: t('nav.myReviews'), testId: 'nav-my-reviews' },
    can(user, 'evaluation.manage') && {
      to: '/evaluation',
      label: t('nav.evaluation'),
      testId: 'nav-evaluation',
      group: 'funding',
    },
    can(user, 'evaluation.read_released') && {
      to: '/evaluation/released',
      label: t('nav.evaluationReleased'),
      testId: 'nav-evaluation-released',
      group: 'funding',
    },
    can(user, 'evaluation.expert.write') && {
      to: '/evaluation/tasks',
      label: t('nav.evaluationTasks'),
      testId: 'nav-evaluation-tasks',
    },
    can(user, 'place.manage') && { to: '/places', label: t('nav.places'), testId: 'nav-places' },
    // The residents' committee's own dashboard: its home is its community's page.
    user.role === 'community_official' &&
      user.homePath.startsWith('/communities/') && {
        to: `${user.homePath}/overview`,
        label: t('nav.communityOverview'),
        testId: 'nav-community-overview',
      },
    user.role === 'organization_member' && {
      to: '/me/volunteer-hours',
      label: t('nav.myVolunteerHours'),
      testId: 'nav-my-volunteer-hours',
    },
    can(user, 'account.read') && { to: '/accounts', label: t('nav.accounts'), testId: 'nav-accounts' },
    can(user, 'account.password_reset.issue') && {
      to: '/accounts/reset',
      label: t('nav.resetPassword'),
      testId: 'nav-reset-password',
    },
    can(user, 'settings.stage_model.update') && {
      to: '/settings',
      label: t('nav.settings'),
      testId: 'nav-settings',
    },
  ].filter((link) => link !== false);
  if (links.length === 0) return null;
  const anchor = (link: (typeof links)[number]) => (
    <Link key={link.to} to={link.to} data-testid={link.testId}>
      {link.label}
    </Link>
  );
  // Related links under one name (追踪, 辅导, 资助与培训), where the first of them stands, so a staff
  // desk's header keeps one row at 1366 px; a group of one is just its link.
  type Group = 'tracking' | 'coaching' | 'funding';
  const groupOf = (link: (typeof links)[number]): Group | null => ('group' in link ? (link.group as Group) : null);
  const members = (group: Group) => links.filter((link) => groupOf(link) === group);
  return (
    <nav className="app-header__nav" aria-label={t('nav.main')}>
      {links.map((link) => {
        const group = groupOf(link);
        const together = group ? members(group) : [];
        if (!group || together.length < 2) return anchor(link);
        if (link !== together[0]) return null;
        return (
          <HeaderGroup key={group} label={t(`nav.groups.${group}`)} testId={`nav-group-${group}`}>
            {together.map(anchor)}
          </HeaderGroup>
        );
      })}
    </nav>
  );
}

/**
 * Who is signed in, with 退出 beside it; tapping the name opens 我的账户 (change the password) and 退出所有设备 (every session of the
 * account ends — a lost phone, a shared computer), which is rare enough to fold away on a phone.
 */
function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [isLeaving, setLeaving] = useState(false);
  if (!user) return null;

  async function logOut(everywhere: boolean) {
    setLeaving(true);
    await signOut(() => navigate('/login', { replace: true }), { everywhere });
    setLeaving(false);
  }

  return (
    <>
      <details className="app-header__user-menu">
        <summary
          className="app-header__user"
          data-testid="current-user"
          title={t('nav.signedInAs', {
            name: user.displayName,
            // A deputy or treasurer is named by the team role, which is what they act as.
            role:
              user.teamRole && user.teamRole !== 'member' ? t(`memberRole.${user.teamRole}`) : t(`role.${user.role}`),
          })}
        >
          {user.displayName}
        </summary>
        <div className="app-header__user-menu-items">
          <Link
            className="button button--ghost"
            to="/account"
            data-testid="nav-account"
            // The menu folds away once its page opens, as a menu does.
            onClick={(event) => event.currentTarget.closest('details')?.removeAttribute('open')}
          >
            {t('nav.account')}
          </Link>
          <button
            type="button"
            className="button button--ghost"
            data-testid="logout-everywhere"
            disabled={isLeaving}
            onClick={() => logOut(true)}
          >
            {t('nav.logoutEverywhere')}
          </button>
        </div>
      </details>
      <button
        type="button"
        className="button button--ghost"
        data-testid="logout"
        disabled={isLeaving}
        onClick={() => logOut(false)}
      >
        {isLeaving ? t('nav.loggingOut') : t('nav.logout')}
      </button>
    </>
  );
}

/** Guards the screens that need a session: waits for /api/auth/me, then sends strangers to login. */
export function RequireUser() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <SessionPending />;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <Outlet />;
}

/** Only same-site paths are followed after login, so a crafted link cannot send someone away. */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
