import type { AccountsMessages } from './messages';

/** English strings of the accounts page, typed against the zh-CN ones (a missing key fails to compile). */
export const accountsMessagesEn: AccountsMessages = {
  accounts: {
    title: 'Accounts',
    search: 'Find by name, login, phone or scope',
    intro:
      'Who has which role in Seedbed, where, and when they last signed in. A deactivated account cannot sign in, and its sessions end at once.',
    filterRole: 'Filter by role',
    allRoles: 'All roles',
    empty: 'No accounts match.',
    name: 'Name',
    role: 'Role',
    scope: 'Scope',
    login: 'Login',
    lastSignedIn: 'Last signed in',
    lastSeen: 'Last active',
    status: 'Status',
    active: 'Active',
    deactivated: 'Deactivated ({{date}})',
    never: 'Never',
    deployment: 'All streets',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    you: '(you)',
    invitesTitle: 'Open invitations',
    invitesEmpty: 'No open invitations.',
    invitedBy: 'Invited by',
    expires: 'Valid until',
    invite: {
      title: 'Invite a new account',
      intro:
        'Choose the role and its scope to make an invitation link and QR code, and hand it over (scanned on the spot or sent in WeChat). The person sets their own password.',
      name: 'Their name',
      role: 'Role',
      street: 'Street',
      community: 'Community',
      organization: 'Organization',
      wholeDeployment: 'All streets (the whole deployment)',
      scopeKind: 'Scope',
      choose: 'Choose…',
      submit: 'Create the invitation',
      submitting: 'Creating…',
    },
  },
};
