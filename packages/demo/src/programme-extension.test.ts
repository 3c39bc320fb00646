import {
  type ProgrammeActivity,
  programmeOutputs,
  programmeStageMoves,
  type Stage,
  serviceModelProgress,
  shanghaiDate,
} from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });

describe('the demo street’s cultivation programmes', () => {
  it('runs a 民生议题讨论会 of nineteen teams whose outputs, computed from the demo’s activities, are of the seed’s order', () => {
    const forum = demo.cultivation_programmes.find((p) => p.kind === 'livelihood_forum')!;
    const participants = demo.cultivation_programme_organizations.filter((p) => p.programme_id === forum.id);
    expect(participants).toHaveLength(19);
    const organizationsOf = new Map<string, string[]>();
    for (const link of demo.activity_organizations)
      organizationsOf.set(link.activity_id, [...(organizationsOf.get(link.activity_id) ?? []), link.organization_id]);
    const activities: ProgrammeActivity[] = demo.activities.map((a) => ({
      id: a.id,
      startedOn: shanghaiDate(new Date(a.starts_at)),
      openness: a.openness,
      servedCount: a.served_count,
      organizationIds: organizationsOf.get(a.id) ?? [],
    }));
    const { totals } = programmeOutputs({
      period: { from: forum.starts_on, to: forum.ends_on! },
      participants: participants.map((p) => ({ organizationId: p.organization_id, joinedOn: p.joined_on })),
      activities,
      attendances: [],
    });
    // Seed 002: 67 public activities, 5000+ served — the demo's records give their own numbers.
    expect(totals.publicActivities).toBeGreaterThan(19);
    expect(totals.peopleServed).toBeGreaterThan(totals.publicActivities);
  });

  it('holds three service-model cards, one at each step, none for the leader’s own team', () => {
    const leaderTeam = demo.users.find((u) => u.username === 'leader')!.scope_id;
    expect(demo.service_model_cards.map((c) => c.organization_id)).not.toContain(leaderTeam);
    const progress = demo.service_model_cards.map(
      (card) =>
        serviceModelProgress(
          demo.service_model_sessions
            .filter((s) => s.card_id === card.id)
            .map((s) => ({
              id: s.id,
              heldOn: s.held_on,
              step: s.step,
              completesStep: s.completes_step,
              coachingSessionId: s.coaching_session_id,
            })),
        ).progress,
    );
    expect(progress).toEqual(['started', 'activity_review_done', 'model_review_done']);
    for (const session of demo.service_model_sessions) expect(session.held_on <= today).toBe(true);
  });

  it('moves some of the forum’s seeds up to saplings, as its stage assessments show', () => {
    const forum = demo.cultivation_programmes.find((p) => p.kind === 'livelihood_forum')!;
    const participants = demo.cultivation_programme_organizations.filter((p) => p.programme_id === forum.id);
    const result = programmeStageMoves({
      period: { from: forum.starts_on, to: forum.ends_on! },
      participants: participants.map((p) => ({
        organizationId: p.organization_id,
        joinedOn: p.joined_on,
        history: demo.stage_assessments
          .filter((a) => a.organization_id === p.organization_id)
          .map((a) => ({ assessedOn: a.assessed_on, stageModel: 'five_stage' as const, stage: a.stage as Stage })),
      })),
    });
    expect(result.movedUp).toBeGreaterThan(0);
    expect(result.moves[0]).toMatchObject({ fromStage: 'seed', toStage: 'sapling' });
    // Every organization's newest assessment is still its stage today.
    for (const organization of demo.organizations.filter((o) => o.stage)) {
      const newest = demo.stage_assessments
        .filter((a) => a.organization_id === organization.id)
        .sort((a, b) => a.assessed_on.localeCompare(b.assessed_on))
        .at(-1);
      if (newest) expect(newest.stage).toBe(organization.stage);
    }
  });
});
