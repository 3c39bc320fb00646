import { z } from 'zod';
import { toExcelCsv } from '../shared/csv';
import { idSchema, isoDateSchema, longTextSchema } from '../shared/schemas';

/** 成效反馈表 (seed 003): for an organization or a person — difficulty, staff action, change, background. */
export const caseOutcomeInputSchema = z
  .object({
    organizationId: idSchema.optional(),
    personId: idSchema.optional(),
    recordedOn: isoDateSchema,
    difficulty: longTextSchema.pipe(z.string().min(1)),
    staffAction: longTextSchema.pipe(z.string().min(1)),
    change: longTextSchema.pipe(z.string().min(1)),
    background: longTextSchema.optional(),
  })
  .refine((v) => v.organizationId !== undefined || v.personId !== undefined, {
    message: 'organization_or_person',
    path: ['organizationId'],
  });
export type CaseOutcomeInput = z.infer<typeof caseOutcomeInputSchema>;

export const caseOutcomeSchema = z.object({
  id: idSchema,
  organizationId: idSchema.nullable(),
  organizationName: z.string().nullable(),
  personId: idSchema.nullable(),
  personName: z.string().nullable(),
  recordedOn: z.string(),
  difficulty: z.string(),
  staffAction: z.string(),
  change: z.string(),
  background: z.string().nullable(),
});
export type CaseOutcome = z.infer<typeof caseOutcomeSchema>;

export const caseOutcomeQuerySchema = z.object({
  organizationId: idSchema.optional(),
  personId: idSchema.optional(),
});

/**
 * The case outcome table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on
 * Windows reads Chinese as mojibake), CRLF line ends, headers in the given language.
 */
export function caseOutcomesToCsv(rows: readonly CaseOutcome[], headers: readonly string[]): string {
  return toExcelCsv(
    headers,
    rows.map((row) => [
      row.recordedOn,
      row.organizationName,
      row.personName,
      row.difficulty,
      row.staffAction,
      row.change,
      row.background,
    ]),
  );
}

export const caseOutcomeCsvHeaders = {
  'zh-CN': ['日期', '自组织', '个人', '困境', '社工动作', '改变', '背景'],
  en: ['Date', 'Organization', 'Person', 'Difficulty', 'Staff action', 'Change', 'Background'],
} as const;
