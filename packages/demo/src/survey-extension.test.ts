import { type QuestionnaireAnswers, questionnaireAnswersSchema } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const demo = generateDemo({ seed: 1, today: '2026-06-30' });

describe('the demo survey', () => {
  it('links every questionnaire answer naming a need to the register need it raised', () => {
    const needs = new Map(demo.needs.map((n) => [n.id, n]));
    const naming = demo.survey_responses.filter(
      (r) => (questionnaireAnswersSchema.parse(JSON.parse(r.answers)) as QuestionnaireAnswers).topNeed,
    );
    expect(naming.length).toBeGreaterThan(0);
    for (const response of naming) {
      const answers = JSON.parse(response.answers) as QuestionnaireAnswers;
      const need = response.need_id ? needs.get(response.need_id) : undefined;
      expect(need).toMatchObject({ community_id: response.community_id, category: answers.topNeed });
      expect(need?.source).toBe('questionnaire');
    }
  });

  it('counts each answer as one mention of its need', () => {
    for (const need of demo.needs.filter((n) => n.source === 'questionnaire')) {
      const answers = demo.survey_responses.filter((r) => r.need_id === need.id);
      expect(answers.length).toBe(need.mentions);
      expect(answers.every((r) => r.answered_on >= need.recorded_on)).toBe(true);
    }
  });
});
