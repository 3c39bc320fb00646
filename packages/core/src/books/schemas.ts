import { z } from 'zod';
import { idSchema, isoDateSchema, shortTextSchema } from '../shared/schemas';

/**
 * A team's own cash book 账本 (issue 17; seed 000 财务公开, 共建资金, 交接): what came in, from where,
 * what went out, on what, and the balance — kept by the team's treasurer 财务, read by its members.
 * Money is integer fen (分) end to end; the web parses typed yuan as a string (`parseYuan`).
 */

/**
 * Where income comes from. 共建资金 is the community's regular support (e.g. ¥1000 a month); 垫付
 * (member_advance) is a member paying from their own pocket, so an expense never drives the cash
 * below zero — its repayment is the expense category advance_repayment 还垫付.
 */
export const incomeSources = [
  'grant',
  'community_fund',
  'sponsorship',
  'donation',
  'charity_sale',
  'membership_fee',
  'paid_service',
  'member_advance',
  'other',
] as const;
export const incomeSourceSchema = z.enum(incomeSources);
export type IncomeSource = z.infer<typeof incomeSourceSchema>;

/** What money is spent on; advance_repayment 还垫付 pays a member back what they advanced. */
export const expenseCategories = [
  'activity_supplies',
  'venue',
  'transport',
  'printing',
  'food',
  'equipment',
  'advance_repayment',
  'other',
] as const;
export const expenseCategorySchema = z.enum(expenseCategories);
export type ExpenseCategory = z.infer<typeof expenseCategorySchema>;

/**
 * One entry's ceiling: ¥1,000,000. A neighbourhood team's single receipt is far below it; the
 * ceiling keeps a slip of the thumb (an extra 000) out and every sum far inside a safe integer.
 */
export const maxEntryFen = 100_000_000;
export const amountFenSchema = z.number().int().min(1).max(maxEntryFen);

const noteSchema = shortTextSchema.optional();

/** POST /api/organizations/{id}/books/entries: few required fields — direction, what, how much, when. */
export const cashEntryInputSchema = z.discriminatedUnion('direction', [
  z.object({
    direction: z.literal('income'),
    source: incomeSourceSchema,
    amountFen: amountFenSchema,
    occurredOn: isoDateSchema,
    note: noteSchema,
  }),
  z.object({
    direction: z.literal('expense'),
    category: expenseCategorySchema,
    amountFen: amountFenSchema,
    occurredOn: isoDateSchema,
    note: noteSchema,
  }),
]);
export type CashEntryInput = z.infer<typeof cashEntryInputSchema>;

/** POST …/books/entries/{entryId}/reverse: a correction never deletes; it says why. */
export const reverseEntryInputSchema = z.object({ reason: z.string().trim().min(1).max(200) });
export type ReverseEntryInput = z.infer<typeof reverseEntryInputSchema>;

export const entryDirectionSchema = z.enum(['income', 'expense']);
export type EntryDirection = z.infer<typeof entryDirectionSchema>;

/** One line of the book as read, with the balance after it (entries in book order). */
export const cashEntrySchema = z.object({
  id: idSchema,
  direction: entryDirectionSchema,
  source: incomeSourceSchema.nullable(),
  category: expenseCategorySchema.nullable(),
  amountFen: z.number().int(),
  occurredOn: z.string(),
  note: z.string().nullable(),
  /** Set on a reversing entry: the entry it cancels, and why. */
  reversesId: idSchema.nullable(),
  reversalReason: z.string().nullable(),
  /** Set on an entry that a later one cancelled. */
  reversedById: idSchema.nullable(),
  receiptIds: z.array(idSchema),
  balanceFen: z.number().int(),
  recordedAt: z.string(),
});
export type CashEntry = z.infer<typeof cashEntrySchema>;

export const cashBookSchema = z.object({
  organizationId: idSchema,
  balanceFen: z.number().int(),
  /** Newest first. */
  entries: z.array(cashEntrySchema),
  treasurerPersonId: idSchema.nullable(),
  openHandover: z.lazy(() => treasurerHandoverSchema).nullable(),
});
export type CashBook = z.infer<typeof cashBookSchema>;

/** GET …/books/statement?from&to: a period's statement (财务公开), both ends inclusive. */
export const statementQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema });
export type StatementQuery = z.infer<typeof statementQuerySchema>;

export const statementSchema = z.object({
  from: z.string(),
  to: z.string(),
  openingFen: z.number().int(),
  incomeBySource: z.record(z.string(), z.number().int()),
  expenseByCategory: z.record(z.string(), z.number().int()),
  incomeFen: z.number().int(),
  expenseFen: z.number().int(),
  closingFen: z.number().int(),
});
export type Statement = z.infer<typeof statementSchema>;

/** POST …/books/handovers: the treasurer's book passes to another current member (交接). */
export const handoverInputSchema = z.object({ toPersonId: idSchema });
export type HandoverInput = z.infer<typeof handoverInputSchema>;

export const handoverSideSchema = z.enum(['outgoing', 'incoming']);
export type HandoverSide = z.infer<typeof handoverSideSchema>;

/** POST …/books/handovers/{handoverId}/confirm: one side says "the balance is right". */
export const handoverConfirmInputSchema = z.object({ side: handoverSideSchema });
export type HandoverConfirmInput = z.infer<typeof handoverConfirmInputSchema>;

export const treasurerHandoverSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  fromPersonId: idSchema.nullable(),
  fromName: z.string().nullable(),
  toPersonId: idSchema,
  toName: z.string(),
  /** Computed by the server when the handover starts: the cash both sides count. */
  balanceFen: z.number().int(),
  fromConfirmedAt: z.string().nullable(),
  toConfirmedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  startedAt: z.string(),
});
export type TreasurerHandover = z.infer<typeof treasurerHandoverSchema>;

export const entryIdParamSchema = z.object({ id: idSchema, entryId: idSchema });
export const handoverIdParamSchema = z.object({ id: idSchema, handoverId: idSchema });
