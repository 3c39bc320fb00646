import {
  can,
  cashBookSchema,
  cashEntryInputSchema,
  entryIdParamSchema,
  handoverConfirmInputSchema,
  handoverIdParamSchema,
  handoverInputSchema,
  idParamSchema,
  reverseEntryInputSchema,
  statementQuerySchema,
  statementSchema,
  treasurerHandoverSchema,
} from '@seedbed/core';
import {
  addCashEntry,
  confirmHandover,
  findCashBook,
  findStatement,
  reverseCashEntry,
  startHandover,
} from '@seedbed/db';
import { answer, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * A team's own cash book 账本 (issue 17): entries with the running balance, corrections by reversal,
 * the period statement members open (财务公开), and the treasurer handover 交接. Registered in app.ts;
 * receipts and the sheet: receipt-routes.ts, export-routes.ts.
 */
const route = routesOf('books');

const book = route({
  method: 'get',
  path: '/api/organizations/{id}/books',
  summary: 'The team’s cash book: balance, entries newest first with the balance after each, the open handover',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(cashBookSchema, 'the book') },
});

const add = route({
  method: 'post',
  path: '/api/organizations/{id}/books/entries',
  summary: 'Record income or an expense (the treasurer, staff); an expense the cash does not cover is refused',
  request: { params: idParamSchema, ...jsonBody(cashEntryInputSchema) },
  responses: {
    201: jsonOk(cashBookSchema, 'the book after the entry'),
    409: { description: 'books.balance_negative' },
  },
});

const reverse = route({
  method: 'post',
  path: '/api/organizations/{id}/books/entries/{entryId}/reverse',
  summary: 'Correct an entry by a reversing entry with a reason (never a delete)',
  request: { params: entryIdParamSchema, ...jsonBody(reverseEntryInputSchema) },
  responses: { 201: jsonOk(cashBookSchema, 'the book after the reversal'), 409: { description: 'already reversed' } },
});

const statement = route({
  method: 'get',
  path: '/api/organizations/{id}/books/statement',
  summary: 'A period’s statement (财务公开): opening, income by source, expense by category, closing',
  request: { params: idParamSchema, query: statementQuerySchema },
  responses: { 200: jsonOk(statementSchema, 'the statement') },
});

const handover = route({
  method: 'post',
  path: '/api/organizations/{id}/books/handovers',
  summary: 'Start a treasurer handover (交接) to a current member at today’s balance; an open one is cancelled',
  request: { params: idParamSchema, ...jsonBody(handoverInputSchema) },
  responses: { 201: jsonOk(treasurerHandoverSchema, 'started') },
});

const confirm = route({
  method: 'post',
  path: '/api/organizations/{id}/books/handovers/{handoverId}/confirm',
  summary: 'Confirm one side of a handover (that person, or staff); the second confirmation moves the treasurer role',
  request: { params: handoverIdParamSchema, ...jsonBody(handoverConfirmInputSchema) },
  responses: { 200: jsonOk(treasurerHandoverSchema, 'confirmed') },
});

export const booksRoutes = newRouter()
  .openapi(book, (c) => answer(c, 'books.read', 200, (call) => findCashBook(call, c.req.valid('param').id)))
  .openapi(add, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'organization.money.keep', 201, (call) =>
      thenShow(addCashEntry(call, id, c.req.valid('json')), () => findCashBook(call, id)),
    );
  })
  .openapi(reverse, (c) => {
    const { id, entryId } = c.req.valid('param');
    return answer(c, 'organization.money.keep', 201, (call) =>
      thenShow(reverseCashEntry(call, id, entryId, c.req.valid('json')), () => findCashBook(call, id)),
    );
  })
  .openapi(statement, (c) =>
    answer(c, 'books.read', 200, (call) => findStatement(call, c.req.valid('param').id, c.req.valid('query'))),
  )
  .openapi(handover, (c) =>
    answer(c, 'organization.money.keep', 201, (call) =>
      startHandover(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(confirm, (c) => {
    const { id, handoverId } = c.req.valid('param');
    return answer(c, 'books.handover.confirm', 200, (call) =>
      confirmHandover(call, id, handoverId, {
        side: c.req.valid('json').side,
        onBehalf: can(call.caller.role, 'organization.money.keep'),
      }),
    );
  });
