import { estateInputSchema, estateUpdateInputSchema } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { formInput } from './form-input';

const typed = {
  name: ' Garden Court ',
  estateType: '',
  buildYear: '1998',
  households: 'about 300',
  propertyCompany: '   ',
  ownersCommitteeStatus: '',
};

describe('form text as the schema reads it', () => {
  it('when adding: trims, turns digits into numbers, keeps other text for the schema to refuse, leaves blanks out', () => {
    expect(formInput(typed, estateInputSchema, { numbers: ['buildYear', 'households'] })).toEqual({
      name: 'Garden Court',
      estateType: undefined,
      buildYear: 1998,
      households: 'about 300',
      propertyCompany: undefined,
      ownersCommitteeStatus: undefined,
    });
  });

  it('when editing: clears a nullable field with null, leaves a blank choice out, and sends a blank name as ""', () => {
    const cleared = { ...typed, name: '', buildYear: '' };
    expect(formInput(cleared, estateUpdateInputSchema, { isEdit: true, numbers: ['buildYear'] })).toEqual({
      name: '',
      estateType: undefined,
      buildYear: null,
      households: 'about 300',
      propertyCompany: null,
      ownersCommitteeStatus: null,
    });
  });

  it('passes values that are not text as they are', () => {
    expect(formInput({ organizationIds: ['a'], isOnline: true }, estateInputSchema)).toEqual({
      organizationIds: ['a'],
      isOnline: true,
    });
  });
});
