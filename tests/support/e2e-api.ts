import { demoPassword } from '@seedbed/demo';
import { Client } from './api';
import { baseUrl } from './journey';

/**
 * The e2e server's API as a browser-like client (support/api.ts's `Client`, over a real socket),
 * for a journey's set-up where no page does the step yet; the journey itself goes through pages.
 */
export function e2eClient(): Client {
  return new Client({ request: (path, init) => fetch(`${baseUrl()}${path}`, init) });
}

/** A client signed in on the e2e server (the demo password unless told). */
export async function e2eClientAs(login: string, password = demoPassword): Promise<Client> {
  const client = e2eClient();
  const result = await client.post('/api/auth/login', { login, password });
  if (result.status !== 200) throw new Error(`login as ${login}: ${result.status} ${JSON.stringify(result.body)}`);
  return client;
}

/**
 * A second social worker of the street, invited by `inviter` and joined with a username and the
 * demo password (so `pageAs` signs them in like any demo login): the four-eyes rule needs someone
 * besides `staff` and never the admin. Answers the username.
 */
export async function joinedStaffAccount(
  inviter: Client,
  account: { streetId: string; displayName: string; username: string },
): Promise<string> {
  const invite = await inviter.post('/api/invites', {
    role: 'incubator_staff',
    scopeKind: 'street',
    scopeId: account.streetId,
    displayName: account.displayName,
  });
  if (invite.status !== 201) throw new Error(`invite: ${invite.status} ${JSON.stringify(invite.body)}`);
  const accepted = await e2eClient().post(`/api/invites/${invite.body.code}/accept`, {
    username: account.username,
    password: demoPassword,
  });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return account.username;
}
