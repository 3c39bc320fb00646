import { accountListQuerySchema, accountListSchema, accountStateSchema, idParamSchema } from '@seedbed/core';
import { deactivateAccount, listAccounts, reactivateAccount } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Account management (账户管理, issue 15): who has which role where, and deactivating or
 * reactivating an account. Inviting stays `POST /api/invites` (routes.ts); who may grant or manage
 * which role at which scope is core's `grantRefusal`, applied by the stores.
 */
const route = routesOf('accounts');

const list = route({
  method: 'get',
  path: '/api/accounts',
  summary: 'Accounts and open invites inside the caller’s scope, optionally of one role',
  request: { query: accountListQuerySchema },
  responses: { 200: jsonOk(accountListSchema, 'accounts and open invites') },
});

const deactivate = route({
  method: 'post',
  path: '/api/accounts/{id}/deactivate',
  summary: 'Deactivate an account: its sessions end at once and it cannot sign in',
  request: { params: idParamSchema },
  responses: {
    200: jsonOk(accountStateSchema, 'deactivated (or already was)'),
    409: { description: 'the last active administrator (account.last_admin)' },
  },
});

const reactivate = route({
  method: 'post',
  path: '/api/accounts/{id}/reactivate',
  summary: 'Reactivate a deactivated account: it signs in again with its password',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(accountStateSchema, 'active again (or already was)') },
});

export const accountManagementRoutes = newRouter()
  .openapi(list, (c) => answer(c, 'account.read', 200, (call) => listAccounts(call, c.req.valid('query'))))
  .openapi(deactivate, (c) =>
    answer(c, 'account.deactivate', 200, (call) => deactivateAccount(call, c.req.valid('param').id)),
  )
  .openapi(reactivate, (c) =>
    answer(c, 'account.deactivate', 200, (call) => reactivateAccount(call, c.req.valid('param').id)),
  );
