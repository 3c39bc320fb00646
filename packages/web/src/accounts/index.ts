/** Accounts: logging in, accepting an invitation, and staff inviting a leader. */
export { InviteLeader } from './invite-leader';
export { InvitePage } from './invite-page';
export { LoginPage } from './login-page';
