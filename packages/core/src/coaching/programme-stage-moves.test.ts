import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Stage, stagesOf } from '../organizations';
import { participantStageMove, programmeStageMoves, type StageRecord, stageRank } from './programme-stage-moves';

const at = (assessedOn: string, stage: Stage): StageRecord => ({ assessedOn, stageModel: 'five_stage', stage });
const forum = { from: '2017-03-01', to: '2017-07-31' };

describe('a participant’s stage move', () => {
  it('compares the stage it came in with to the one it reached by the end', () => {
    expect(participantStageMove([at('2016-11-01', 'seed'), at('2017-06-20', 'sapling')], forum)).toEqual({
      fromStage: 'seed',
      toStage: 'sapling',
      status: 'up',
    });
    // An assessment on the first day is the stage it came in with; one after the end does not count.
    expect(participantStageMove([at('2017-03-01', 'seed'), at('2017-08-01', 'sapling')], forum)).toEqual({
      fromStage: 'seed',
      toStage: 'seed',
      status: 'unknown',
    });
    expect(participantStageMove([at('2016-11-01', 'sapling'), at('2017-05-01', 'seed')], forum).status).toBe('down');
    expect(
      participantStageMove([at('2016-11-01', 'seed'), at('2017-04-01', 'sapling'), at('2017-07-01', 'seed')], forum),
    ).toEqual({ fromStage: 'seed', toStage: 'seed', status: 'same' });
  });

  it('takes the first assessment inside the window as the intake when none came before', () => {
    expect(participantStageMove([at('2017-03-10', 'seed'), at('2017-07-30', 'sapling')], forum)).toEqual({
      fromStage: 'seed',
      toStage: 'sapling',
      status: 'up',
    });
  });

  it('cannot tell without two stages of one model', () => {
    expect(participantStageMove([], forum)).toEqual({ fromStage: null, toStage: null, status: 'unknown' });
    expect(participantStageMove([at('2017-04-01', 'seed')], forum).status).toBe('unknown');
    const otherModel: StageRecord = { assessedOn: '2017-05-01', stageModel: 'one_two', stage: 'v2' };
    expect(participantStageMove([at('2016-12-01', 'seed'), otherModel], forum).status).toBe('unknown');
  });

  it('ranks lifecycle’s regression below every other stage', () => {
    expect(stageRank('lifecycle', 'regression')).toBeLessThan(stageRank('lifecycle', 'activity')!);
    const life = (assessedOn: string, stage: Stage): StageRecord => ({ assessedOn, stageModel: 'lifecycle', stage });
    expect(participantStageMove([life('2017-01-01', 'mature'), life('2017-05-01', 'regression')], forum).status).toBe(
      'down',
    );
    expect(participantStageMove([life('2017-01-01', 'regression'), life('2017-05-01', 'growth')], forum).status).toBe(
      'up',
    );
    expect(stageRank('five_stage', 'v1')).toBeNull();
  });
});

describe('a programme’s stage moves', () => {
  it('counts the teams that moved up, from the day each joined, and the moves by pair', () => {
    const result = programmeStageMoves({
      period: forum,
      participants: [
        {
          organizationId: 'a',
          joinedOn: '2017-03-01',
          history: [at('2016-10-01', 'seed'), at('2017-06-01', 'sapling')],
        },
        {
          organizationId: 'b',
          joinedOn: '2017-03-01',
          history: [at('2016-10-01', 'seed'), at('2017-07-01', 'sapling')],
        },
        // Joined in May: its April move up happened before it joined.
        {
          organizationId: 'c',
          joinedOn: '2017-05-01',
          history: [at('2016-10-01', 'seed'), at('2017-04-01', 'sapling')],
        },
        {
          organizationId: 'd',
          joinedOn: '2017-03-01',
          history: [at('2016-10-01', 'sapling'), at('2017-06-01', 'small_tree')],
        },
        { organizationId: 'e', joinedOn: '2017-03-01', history: [] },
      ],
    });
    expect(result.movedUp).toBe(3);
    expect(result.compared).toBe(3);
    expect(result.byOrganization.get('c')).toEqual({ fromStage: 'sapling', toStage: 'sapling', status: 'unknown' });
    expect(result.byOrganization.get('e')?.status).toBe('unknown');
    expect(result.moves).toEqual([
      { fromStage: 'seed', toStage: 'sapling', count: 2 },
      { fromStage: 'sapling', toStage: 'small_tree', count: 1 },
    ]);
  });

  it('never counts more moves up than teams compared, nor a move up whose stage did not rise', () => {
    const stages = stagesOf('five_stage');
    const day = fc.integer({ min: 1, max: 12 }).map((m) => `2017-${String(m).padStart(2, '0')}-15`);
    const history = fc
      .array(fc.record({ assessedOn: day, stage: fc.constantFrom(...stages) }), { maxLength: 5 })
      .map((records) =>
        records
          .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn))
          .map((r) => ({ ...r, stageModel: 'five_stage' as const })),
      );
    fc.assert(
      fc.property(fc.array(fc.record({ joinedOn: day, history }), { maxLength: 6 }), day, day, (teams, a, b) => {
        const [from, to] = [a, b].sort() as [string, string];
        const participants = teams.map((t, i) => ({ ...t, organizationId: `o${i}` }));
        const result = programmeStageMoves({ period: { from, to }, participants });
        expect(result.movedUp).toBeLessThanOrEqual(result.compared);
        expect(result.compared).toBeLessThanOrEqual(participants.length);
        expect(result.moves.reduce((sum, m) => sum + m.count, 0)).toBe(result.movedUp);
        for (const move of result.byOrganization.values())
          if (move.status === 'up')
            expect(stages.indexOf(move.toStage as never)).toBeGreaterThan(stages.indexOf(move.fromStage as never));
      }),
    );
  });
});
