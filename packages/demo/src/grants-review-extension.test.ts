import { aggregateProposalScores, defaultRubric, reviewScoreProblems } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 20171, today: '2026-06-30' });

describe('the review behind the demo rounds’ selections', () => {
  it('scores every proposal on the rubric, and every selected one above every one left out', () => {
    for (const round of demo.grant_rounds) {
      const settings = demo.grant_review_settings.find((row) => row.id === round.id)!;
      const dimensions = {
        reviewWeightPercent: 100 - settings.presentation_weight_percent,
        presentationWeightPercent: settings.presentation_weight_percent,
      };
      const totals = demo.grant_proposals
        .filter((proposal) => proposal.round_id === round.id)
        .map((proposal) => {
          const sheets = demo.grant_reviews
            .filter((review) => review.proposal_id === proposal.id)
            .map((review) => ({ ...review, scores: JSON.parse(review.scores) }));
          for (const sheet of sheets) expect(reviewScoreProblems(defaultRubric, sheet.scores)).toBeNull();
          const presentation = demo.grant_presentation_scores
            .filter((score) => score.proposal_id === proposal.id)
            .map((score) => score.points);
          const scores = aggregateProposalScores(
            defaultRubric,
            sheets.map((sheet) => ({
              scores: sheet.scores,
              recommendation: sheet.recommendation,
              recommendedFen: null,
            })),
            presentation,
            dimensions,
          );
          return { isSelected: proposal.determination === 'approved', total: scores.total ?? -1 };
        });
      const lowestSelected = Math.min(...totals.filter((one) => one.isSelected).map((one) => one.total));
      const highestLeftOut = Math.max(...totals.filter((one) => !one.isSelected).map((one) => one.total));
      expect(lowestSelected).toBeGreaterThan(highestLeftOut);
    }
  });

  it('keeps each review to an assignment of the round’s own reviewer, a community official to their community', () => {
    for (const review of demo.grant_reviews) {
      const assignment = demo.grant_review_assignments.find((row) => row.id === review.assignment_id)!;
      const reviewer = demo.grant_reviewers.find((row) => row.id === assignment.reviewer_id)!;
      const proposal = demo.grant_proposals.find((row) => row.id === review.proposal_id)!;
      expect([assignment.proposal_id, reviewer.round_id]).toEqual([proposal.id, proposal.round_id]);
      const user = demo.users.find((row) => row.id === reviewer.user_id)!;
      if (user.scope_kind === 'community') expect(user.scope_id).toBe(proposal.community_id);
    }
  });
});
