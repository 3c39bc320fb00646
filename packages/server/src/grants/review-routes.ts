import {
  grantAssignmentInputSchema,
  grantAssignmentSchema,
  grantConflictInputSchema,
  grantReviewAssignmentViewSchema,
  grantReviewerInputSchema,
  grantReviewerSchema,
  grantReviewInputSchema,
  grantReviewSchema,
  idParamSchema,
  mapResult,
  myGrantAssignmentSchema,
  myGrantReviewerSchema,
  ok,
  reviewerCandidateSchema,
} from '@seedbed/core';
import {
  addGrantReviewer,
  assignGrantReview,
  declareGrantConflict,
  listGrantReviewers,
  listMyGrantAssignments,
  listMyGrantReviewers,
  listReviewerCandidates,
  readGrantReviewAssignment,
  releaseGrantReviews,
  saveGrantReview,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, withStatus } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** A round's reviewers, their conflicts, assignments and the release of the scores (issue 17). */
const route = routesOf('grants');

const reviewers = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/reviewers',
  summary: 'The round’s reviewers with their declared conflicts and assigned proposals (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantReviewerSchema), 'the reviewers') },
});

const candidates = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/reviewer-candidates',
  summary: 'Accounts that may review in the round’s street: expert reviewers and community officials',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(reviewerCandidateSchema), 'the accounts') },
});

const addReviewer = route({
  method: 'post',
  path: '/api/grant-rounds/{id}/reviewers',
  summary: 'Add a reviewer: an expert-reviewer or community-official account reaching the round’s street',
  request: { params: idParamSchema, ...jsonBody(grantReviewerInputSchema) },
  responses: { 201: jsonOk(grantReviewerSchema, 'added'), 409: { description: 'in the round already' } },
});

const declare = route({
  method: 'post',
  path: '/api/grant-reviewers/{id}/conflicts',
  summary: 'The reviewer declares a conflict with an organization or a person (a relative)',
  request: { params: idParamSchema, ...jsonBody(grantConflictInputSchema) },
  responses: { 201: jsonOk(grantReviewerSchema, 'declared') },
});

const myRounds = route({
  method: 'get',
  path: '/api/grant-reviewers/mine',
  summary: 'The rounds the caller reviews in, with the conflicts they declared there',
  responses: { 200: jsonOk(z.array(myGrantReviewerSchema), 'the caller’s reviewer places') },
});

const assign = route({
  method: 'post',
  path: '/api/grant-rounds/{id}/assignments',
  summary: 'Assign a submitted proposal to a reviewer; an obvious conflict is refused with its reason',
  request: { params: idParamSchema, ...jsonBody(grantAssignmentInputSchema) },
  responses: {
    201: jsonOk(grantAssignmentSchema, 'assigned'),
    409: { description: 'a conflict, or assigned already' },
  },
});

const mine = route({
  method: 'get',
  path: '/api/grant-reviews/mine',
  summary: 'The proposals assigned to the caller to review, and whether each sheet is in',
  responses: { 200: jsonOk(z.array(myGrantAssignmentSchema), 'the assignments') },
});

const assignment = route({
  method: 'get',
  path: '/api/grant-review-assignments/{id}',
  summary: 'The reviewer’s own assignment: the proposal, the round’s rubric and their own sheet (never another’s)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantReviewAssignmentViewSchema, 'the assignment') },
});

const score = route({
  method: 'put',
  path: '/api/grant-review-assignments/{id}/review',
  summary: 'Save the reviewer’s sheet whole: points per criterion (≤ its maximum), comments, a recommendation',
  request: { params: idParamSchema, ...jsonBody(grantReviewInputSchema) },
  responses: {
    200: jsonOk(z.object({ review: grantReviewSchema }), 'replaced'),
    201: jsonOk(z.object({ review: grantReviewSchema }), 'made'),
    409: { description: 'the scores are released, or the proposal is not submitted' },
  },
});

const release = route({
  method: 'post',
  path: '/api/grant-rounds/{id}/release-reviews',
  summary: 'Release the round’s scores to the teams (once; sheets are fixed from then on)',
  request: { params: idParamSchema },
  responses: {
    200: jsonOk(z.object({ releasedAt: z.string() }), 'released'),
    409: { description: 'released already' },
  },
});

export const grantReviewRoutes = newRouter()
  .openapi(reviewers, (c) =>
    answer(c, 'grants.review.manage', 200, (call) => listGrantReviewers(call, c.req.valid('param').id)),
  )
  .openapi(candidates, (c) =>
    answer(c, 'grants.review.manage', 200, (call) => listReviewerCandidates(call, c.req.valid('param').id)),
  )
  .openapi(addReviewer, (c) =>
    answer(c, 'grants.review.manage', 201, (call) =>
      addGrantReviewer(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(declare, (c) =>
    answer(c, 'grants.review.write', 201, (call) =>
      declareGrantConflict(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(myRounds, (c) => answer(c, 'grants.review.write', 200, async (call) => ok(await listMyGrantReviewers(call))))
  .openapi(assign, (c) =>
    answer(c, 'grants.review.manage', 201, (call) =>
      assignGrantReview(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(mine, (c) => answer(c, 'grants.review.write', 200, async (call) => ok(await listMyGrantAssignments(call))))
  .openapi(assignment, (c) =>
    answer(c, 'grants.review.write', 200, (call) =>
      readGrantReviewAssignment(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(score, (c) =>
    answer(c, 'grants.review.write', 201, async (call) =>
      mapResult(await saveGrantReview(call, c.req.valid('param').id, c.req.valid('json')), (saved) =>
        withStatus({ review: saved.review }, saved.created ? 201 : 200),
      ),
    ),
  )
  .openapi(release, (c) =>
    answer(c, 'grants.review.manage', 200, (call) => releaseGrantReviews(call, c.req.valid('param').id)),
  );
