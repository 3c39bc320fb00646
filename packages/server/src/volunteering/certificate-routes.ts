import { can, idParamSchema, volunteerCertificateInputSchema, volunteerCertificateSummarySchema } from '@seedbed/core';
import { findVolunteerCertificate, issueVolunteerCertificate } from '@seedbed/db';
import { z } from 'zod';
import { renderVolunteerCertificatePdf, renderVolunteerCertificatePng } from '../documents';
import { answer, answerBody } from '../http/answer';
import { inlineContentDisposition } from '../http/content-disposition';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** Numbered volunteer-service certificates (志愿服务证明): 谁记录谁证明. */
const route = routesOf('volunteering');

const issue = route({
  method: 'post',
  path: '/api/people/{id}/volunteer-certificates',
  summary:
    'Issue a numbered certificate for a person from one organization’s proven and confirmed hours (its leader, or staff)',
  request: { params: idParamSchema, ...jsonBody(volunteerCertificateInputSchema) },
  responses: { 201: jsonOk(volunteerCertificateSummarySchema, 'issued') },
});

/** `<id>.pdf` or `<id>.png` as one path segment: the router cannot split a parameter from a suffix. */
const certificateFileParamSchema = z.object({
  file: z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|png)$/i,
      'certificate id followed by .pdf or .png',
    )
    .openapi({ example: '3fa21c9e-1d2b-4c3d-8e4f-0123456789ab.png' }),
});

const certificateFile = route({
  method: 'get',
  path: '/api/volunteer-certificates/{file}',
  summary:
    'The certificate as PDF (/api/volunteer-certificates/{id}.pdf) or as a PNG image to long-press and save on a phone ({id}.png): for the person themself, the issuing organization’s leader, staff',
  request: { params: certificateFileParamSchema },
  responses: {
    200: {
      content: {
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'image/png': { schema: z.string().openapi({ format: 'binary' }) },
      },
      description: 'the stored certificate, rendered the same every time',
    },
  },
});

/** What each kind of file is: its content type and how it is drawn from the stored certificate. */
const formats = {
  pdf: { contentType: 'application/pdf', render: renderVolunteerCertificatePdf },
  png: { contentType: 'image/png', render: renderVolunteerCertificatePng },
} as const;

export const certificateRoutes = newRouter()
  .openapi(issue, (c) =>
    answer(c, 'volunteering.certify', 201, (call) =>
      issueVolunteerCertificate(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(certificateFile, (c) => {
    const { file } = c.req.valid('param');
    const extension = file.slice(-3).toLowerCase() as keyof typeof formats;
    const format = formats[extension];
    return answerBody(
      c,
      'volunteering.own_record',
      (call) =>
        findVolunteerCertificate(call, file.slice(0, -'.pdf'.length).toLowerCase(), {
          // Besides the person themself: the issuing side (its leader, staff) when it sees the organization.
          mayPrintIssued: can(call.caller, 'volunteering.certify'),
        }),
      async (certificate) => {
        const bytes = await format.render(certificate, c.get('locale') ?? 'zh-CN');
        return c.body(new Uint8Array(bytes), 200, {
          'content-type': format.contentType,
          'content-disposition': inlineContentDisposition(
            `志愿服务证明-${certificate.personName}-${certificate.number}.${extension}`,
            `volunteer-certificate-${certificate.number}.${extension}`,
          ),
          'cache-control': 'private, no-store',
        });
      },
    );
  });
