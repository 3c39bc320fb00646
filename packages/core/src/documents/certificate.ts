import { z } from 'zod';
import { isoDateSchema, nameSchema } from '../shared/schemas';

/** One line of a volunteer certificate: one activity served. */
export const volunteerCertificateEntrySchema = z.object({
  /** YYYY-MM-DD, the day of the activity (Asia/Shanghai). */
  date: isoDateSchema,
  activityTitle: z.string().trim().min(1).max(100),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** The volunteer's role in that activity, already in the reader's language ("服务", "组织者"…). */
  role: z.string().trim().max(40),
});
export type VolunteerCertificateEntry = z.infer<typeof volunteerCertificateEntrySchema>;

/**
 * What the 志愿服务证明 (volunteer service certificate) prints. VOLUNTEERING builds it from its records;
 * the documents slice only renders it (server/src/documents/volunteer-certificate.ts).
 */
export const volunteerCertificatePdfInputSchema = z.object({
  /** 证明编号, printed top right. */
  number: z.string().trim().min(1).max(40),
  personName: nameSchema,
  /** The issuing organization (出具单位). */
  organizationName: z.string().trim().min(1).max(100),
  streetName: z.string().trim().min(1).max(100),
  totalMinutes: z.number().int().min(0),
  entries: z.array(volunteerCertificateEntrySchema).max(500),
  /** YYYY-MM-DD. */
  issuedOn: isoDateSchema,
  /** Who signs for the issuer. */
  issuerName: z.string().trim().min(1).max(100),
});
export type VolunteerCertificatePdfInput = z.infer<typeof volunteerCertificatePdfInputSchema>;

/** "X 小时 Y 分钟": whole hours and the remaining minutes of a total. */
export function splitMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.floor(totalMinutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
