import { idParamSchema, voteIdParamSchema } from '@seedbed/core';
import { findBallotSlips, findMeeting } from '@seedbed/db';
import type { Context } from 'hono';
import { pdfOk } from '../documents';
import { answerBody } from '../http/answer';
import { inlineContentDisposition } from '../http/content-disposition';
import type { AppEnv } from '../http/env';
import { routesOf } from '../http/openapi';
import { publicOrigin } from '../http/public-origin';
import { newRouter } from '../http/router';
import { renderMinutesPdf, renderSlipsPdf } from './minutes-pdf';

/** A meeting's minutes and a vote's ballot slips as PDFs (minutes-pdf.ts), in the caller's language. */
const route = routesOf('deliberation');

const minutes = route({
  method: 'get',
  path: '/api/meetings/{id}/minutes.pdf',
  summary: 'The meeting’s minutes 会议纪要 as a PDF (Chinese by default)',
  request: { params: idParamSchema },
  responses: { 200: pdfOk('the minutes') },
});

const slips = route({
  method: 'get',
  path: '/api/votes/{id}/slips.pdf',
  summary: 'The vote’s ballot slips to print and cut: name, QR code and code of each (the chair)',
  request: { params: voteIdParamSchema },
  responses: { 200: pdfOk('the slips') },
});

function pdfResponse(c: Context<AppEnv>, pdf: Buffer, title: string, fallback: string) {
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': inlineContentDisposition(`${title}.pdf`, `${fallback}.pdf`),
    'cache-control': 'private, no-store',
  });
}

export const deliberationMinutesRoutes = newRouter()
  .openapi(minutes, (c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    return answerBody(
      c,
      'deliberation.read',
      (call) => findMeeting(call, c.req.valid('param').id, locale),
      async (meeting) =>
        pdfResponse(
          c,
          await renderMinutesPdf(meeting, locale),
          `${meeting.title}-${meeting.heldOn}`,
          `minutes-${meeting.heldOn}`,
        ),
    );
  })
  .openapi(slips, (c) => {
    const locale = c.get('locale') ?? 'zh-CN';
    return answerBody(
      c,
      'deliberation.manage',
      (call) => findBallotSlips(call, c.req.valid('param').id),
      async (vote) =>
        pdfResponse(
          c,
          await renderSlipsPdf(vote, (code) => `${publicOrigin(c)}/b/${code}`, locale),
          `ballot-slips`,
          'ballot-slips',
        ),
    );
  });
