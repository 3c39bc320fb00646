import {
  coachingSessionInputSchema,
  estateInputSchema,
  estateUpdateInputSchema,
  loginInputSchema,
} from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { constraintsOf, fieldConstraints } from './schema-fields';

describe('field constraints read from a core schema', () => {
  it('makes a name of 1–60 characters required with a limit of 60', () => {
    expect(fieldConstraints(estateInputSchema, 'name')).toEqual({ required: true, maxLength: 60 });
  });

  it('makes a choice the schema needs required, and an optional text not, with its limit', () => {
    expect(fieldConstraints(estateInputSchema, 'estateType')).toEqual({ required: true });
    expect(fieldConstraints(estateInputSchema, 'propertyCompany')).toEqual({ required: false, maxLength: 200 });
  });

  it('reads a number’s bounds through nullable and optional', () => {
    expect(fieldConstraints(estateInputSchema, 'buildYear')).toEqual({ required: false, min: 1800, max: 2200 });
  });

  it('sees every field of a partial update (refined) as optional, keeping the limits', () => {
    expect(fieldConstraints(estateUpdateInputSchema, 'name')).toEqual({ required: false, maxLength: 60 });
  });

  it('gives nothing for a name the schema does not know', () => {
    expect(fieldConstraints(estateInputSchema, 'nickname')).toEqual({ required: false });
  });

  it('counts a field with a default as not required, and reads its bounds through the default', () => {
    expect(fieldConstraints(coachingSessionInputSchema, 'otherCount')).toEqual({
      required: false,
      min: 0,
      max: 10_000,
    });
  });

  it('makes a date the schema needs required', () => {
    expect(fieldConstraints(coachingSessionInputSchema, 'heldOn').required).toBe(true);
  });

  it('reads a password of 1–200 characters as required, limited to 200', () => {
    expect(constraintsOf(loginInputSchema.shape.password)).toEqual({ required: true, maxLength: 200 });
  });
});
