import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkCertificatePeriod,
  idParamSchema,
  volunteerCertificateInputSchema,
  volunteerCertificateSummarySchema,
} from '@seedbed/core';
import { certificatesOf, findVolunteerCertificate, issueVolunteerCertificate } from '@seedbed/db';
import { z } from 'zod';
import { inlineContentDisposition } from '../documents/content-disposition';
import { renderVolunteerCertificatePdf } from '../documents/volunteer-certificate';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { writeContext } from '../http/write-context';

/** Numbered volunteer-service certificates (志愿服务证明): 谁记录谁证明. */
const tags = ['volunteering'];

const issue = createRoute({
  method: 'post',
  path: '/api/people/{id}/volunteer-certificates',
  tags,
  summary:
    'Issue a numbered certificate for a person from one organization’s proven and confirmed hours (its leader, or staff)',
  request: { params: idParamSchema, ...jsonBody(volunteerCertificateInputSchema) },
  responses: { 201: jsonOk(volunteerCertificateSummarySchema, 'issued'), ...errorResponses },
});

/** `<id>.pdf` as one path segment: the router cannot split a parameter from a suffix. */
const certificateFileParamSchema = z.object({
  file: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/i, 'certificate id followed by .pdf')
    .openapi({ example: '3fa21c9e-1d2b-4c3d-8e4f-0123456789ab.pdf' }),
});

const pdf = createRoute({
  method: 'get',
  path: '/api/volunteer-certificates/{file}',
  tags,
  summary:
    'The certificate as PDF (/api/volunteer-certificates/{id}.pdf): for the person themself, the issuing organization’s leader, staff',
  request: { params: certificateFileParamSchema },
  responses: {
    200: {
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
      description: 'the stored certificate, rendered the same every time',
    },
    ...errorResponses,
  },
});

export const certificateRoutes = newRouter()
  .openapi(issue, async (c) => {
    const caller = authorize(c, 'volunteering.certify');
    if (caller instanceof Response) return caller;
    const input = c.req.valid('json');
    const period = checkCertificatePeriod(input);
    if (!period.ok) return errorResponse(c, period.error);
    const { actor, today } = writeContext(c, caller);
    const { db } = c.get('deps');
    const personId = c.req.valid('param').id;
    const issued = await issueVolunteerCertificate(db, actor, caller.scope, personId, input, {
      issuerName: caller.displayName,
      today,
      newId: randomUUID,
    });
    if (!issued.ok) return errorResponse(c, issued.error);
    const summary = (await certificatesOf(db, personId, null)).find((s) => s.id === issued.value.id);
    if (!summary) throw new Error('issued certificate not found');
    return c.json(summary, 201);
  })
  .openapi(pdf, async (c) => {
    const caller = authorize(c, 'volunteering.own_record');
    if (caller instanceof Response) return caller;
    const id = c.req.valid('param').file.slice(0, -'.pdf'.length).toLowerCase();
    const found = await findVolunteerCertificate(c.get('deps').db, caller, id);
    if (!found.ok) return errorResponse(c, found.error);
    const locale = c.get('locale') ?? 'zh-CN';
    const bytes = await renderVolunteerCertificatePdf(found.value, locale);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/pdf',
      'content-disposition': inlineContentDisposition(
        `志愿服务证明-${found.value.personName}-${found.value.number}.pdf`,
        `volunteer-certificate-${found.value.number}.pdf`,
      ),
      'cache-control': 'private, no-store',
    });
  });
