import {
  ballotSlipSchema,
  closeVoteInputSchema,
  councilTermInputSchema,
  councilTermSchema,
  councilTermUpdateSchema,
  idParamSchema,
  meetingSchema,
  paperTallyInputSchema,
  proposalVoteSchema,
  voteIdParamSchema,
  voteInputSchema,
  voteSchema,
} from '@seedbed/core';
import {
  closeVote,
  createCouncilTerm,
  enterPaperTally,
  findBallotSlips,
  findCouncilTerm,
  findMeeting,
  findProposalVotes,
  findTallyPhoto,
  findVote,
  listCouncilTerms,
  openVote,
  setTallyPhoto,
  updateCouncilTerm,
} from '@seedbed/db';
import { z } from 'zod';
import { serveFile } from '../activities';
import {
  photoFileResponses,
  photoSizeQuerySchema,
  photoUploadBody,
  photoUploadResponses,
  takeUploadedPhoto,
} from '../files/photo-upload';
import { answer, answerBody, answerWith, respond, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Votes 表决 during a meeting, children's council terms 届, and what a proposal's page reads of the
 * votes that named it. Ballots themselves come from slips on the public page /b/{code}
 * (ballot-page.ts), or as the chair's paper tally here.
 */
const route = routesOf('deliberation');

const open = route({
  method: 'post',
  path: '/api/meetings/{id}/votes',
  summary: 'Open a vote: motion or choice, open or secret, who is eligible; one ballot slip per eligible voter',
  request: { params: idParamSchema, ...jsonBody(voteInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting with the vote'), 409: { description: 'nobody eligible' } },
});

const vote = route({
  method: 'get',
  path: '/api/votes/{id}',
  summary: 'A vote: slips used so far (a secret vote shows no running count), the paper tally, the result once closed',
  request: { params: voteIdParamSchema },
  responses: { 200: jsonOk(voteSchema, 'the vote') },
});

const slips = route({
  method: 'get',
  path: '/api/votes/{id}/slips',
  summary: 'The ballot slips to print: each eligible voter’s name and code (the chair)',
  request: { params: voteIdParamSchema },
  responses: { 200: jsonOk(z.object({ question: z.string(), slips: z.array(ballotSlipSchema) }), 'the slips') },
});

const tally = route({
  method: 'post',
  path: '/api/votes/{id}/paper-tally',
  summary: 'Enter the paper tally: counts per choice and the slips handed in on paper',
  request: { params: voteIdParamSchema, ...jsonBody(paperTallyInputSchema) },
  responses: { 201: jsonOk(voteSchema, 'the vote'), 409: { description: 'closed, or a tally already entered' } },
});

const tallyPhoto = route({
  method: 'post',
  path: '/api/votes/{id}/paper-tally/photo',
  summary: 'The photo of the paper tally sheet (through the photo pipeline)',
  request: { params: voteIdParamSchema, body: photoUploadBody },
  responses: photoUploadResponses(z.object({ id: z.uuid() })),
});

const tallyPhotoFile = route({
  method: 'get',
  path: '/api/votes/{id}/paper-tally/photo',
  summary: 'The paper tally sheet’s photo',
  request: { params: voteIdParamSchema, query: photoSizeQuerySchema },
  responses: photoFileResponses,
});

const close = route({
  method: 'post',
  path: '/api/votes/{id}/close',
  summary: 'Close a vote: its result (quorum, rule, outcome) is counted and kept',
  request: { params: voteIdParamSchema, ...jsonBody(closeVoteInputSchema) },
  responses: { 200: jsonOk(voteSchema, 'the vote with its result'), 409: { description: 'already closed' } },
});

const proposalVotes = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/council-votes',
  summary: 'Closed votes that named this proposal as an option: count, ballots cast, outcome',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(proposalVoteSchema), 'the votes') },
});

const terms = route({
  method: 'get',
  path: '/api/organizations/{id}/council-terms',
  summary: 'A children’s council’s terms 届, newest first, with members, goal, meetings and outcome',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(councilTermSchema), 'the terms') },
});

const addTerm = route({
  method: 'post',
  path: '/api/organizations/{id}/council-terms',
  summary: 'Start a council term: number, dates, members, its one goal',
  request: { params: idParamSchema, ...jsonBody(councilTermInputSchema) },
  responses: { 201: jsonOk(councilTermSchema, 'the term'), 409: { description: 'number taken' } },
});

const term = route({
  method: 'get',
  path: '/api/council-terms/{id}',
  summary: 'A council term',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(councilTermSchema, 'the term') },
});

const changeTerm = route({
  method: 'patch',
  path: '/api/council-terms/{id}',
  summary: 'Change a term: dates, members, goal, what came of it',
  request: { params: idParamSchema, ...jsonBody(councilTermUpdateSchema) },
  responses: { 200: jsonOk(councilTermSchema, 'the term') },
});

export const deliberationVoteRoutes = newRouter()
  .openapi(open, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(openVote(call, id, c.req.valid('json')), () => findMeeting(call, id, c.get('locale') ?? 'zh-CN')),
    );
  })
  .openapi(vote, (c) => answer(c, 'deliberation.read', 200, (call) => findVote(call, c.req.valid('param').id)))
  .openapi(slips, (c) =>
    answer(c, 'deliberation.manage', 200, (call) => findBallotSlips(call, c.req.valid('param').id)),
  )
  .openapi(tally, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(enterPaperTally(call, id, c.req.valid('json')), () => findVote(call, id)),
    );
  })
  .openapi(tallyPhoto, (c) => {
    const { id } = c.req.valid('param');
    return answerWith(c, 'deliberation.manage', async (call) => {
      const found = await findVote(call, id);
      if (!found.ok) return respond(c, 201, found);
      // A replaced photo's files are no longer named by any row: the start-up sweep removes them.
      return respond(
        c,
        201,
        await takeUploadedPhoto(c, 'tallies', async (photo) => {
          const saved = await setTallyPhoto(call, id, photo);
          return saved.ok ? { ok: true, value: { receipt: { id }, created: true } } : saved;
        }),
      );
    });
  })
  .openapi(tallyPhotoFile, (c) => {
    const { id } = c.req.valid('param');
    const size = c.req.valid('query').size ?? 'display';
    return answerBody(
      c,
      'deliberation.read',
      (call) => findTallyPhoto(call, id),
      (files) =>
        serveFile(c, size === 'thumbnail' ? files.thumbnailKey : files.fileKey, 'image/jpeg', `"${id}-${size}"`),
    );
  })
  .openapi(close, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 200, (call) =>
      thenShow(closeVote(call, id, c.req.valid('json').objectionNote), () => findVote(call, id)),
    );
  })
  .openapi(proposalVotes, (c) =>
    answer(c, 'deliberation.read', 200, (call) => findProposalVotes(call, c.req.valid('param').id)),
  )
  .openapi(terms, (c) =>
    answer(c, 'deliberation.read', 200, (call) =>
      listCouncilTerms(call, c.req.valid('param').id, c.get('locale') ?? 'zh-CN'),
    ),
  )
  .openapi(addTerm, (c) =>
    answer(c, 'deliberation.terms.manage', 201, (call) =>
      thenShow(createCouncilTerm(call, c.req.valid('param').id, c.req.valid('json')), (id) =>
        findCouncilTerm(call, id),
      ),
    ),
  )
  .openapi(term, (c) => answer(c, 'deliberation.read', 200, (call) => findCouncilTerm(call, c.req.valid('param').id)))
  .openapi(changeTerm, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.terms.manage', 200, (call) =>
      thenShow(updateCouncilTerm(call, id, c.req.valid('json')), () => findCouncilTerm(call, id)),
    );
  });
