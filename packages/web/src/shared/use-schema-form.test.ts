import { estateInputSchema } from '@seedbed/core';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLocale, i18n } from '../i18n';
import { ApiError } from './api';
import { failureOf, parseForm } from './use-schema-form';

let t: TFunction;
beforeAll(async () => {
  await chooseLocale('en');
  t = i18n.t.bind(i18n) as TFunction;
});

describe('the schema form cycle', () => {
  it('hands on the parsed value (trimmed by the schema) when it is valid', () => {
    expect(parseForm(estateInputSchema, { name: ' Garden Court ', estateType: 'old_neighbourhood' }, t)).toEqual({
      ok: true,
      data: { name: 'Garden Court', estateType: 'old_neighbourhood' },
    });
  });

  it('names each refused field once, in the user’s language', () => {
    const parsed = parseForm(estateInputSchema, { name: '', propertyCompany: 'x'.repeat(201) }, t);
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: 'Please fill this in.',
        estateType: 'This field is not valid.',
        propertyCompany: 'At most 200 characters.',
      },
    });
  });

  it('shows a server refusal’s field issues beside their fields and its message above the button', () => {
    const refusal = new ApiError(422, 'validation', 'Some fields are wrong.', [
      { path: 'name', message: 'Already used in this community.' },
    ]);
    expect(failureOf(refusal)).toEqual({
      errors: { name: 'Already used in this community.' },
      failure: 'Some fields are wrong.',
      failureCode: 'validation',
    });
  });

  it('shows anything else thrown as the generic failure, with no field errors', () => {
    expect(failureOf(new Error('bug'))).toEqual({
      errors: {},
      failure: 'Something went wrong. Please try again later.',
      failureCode: 'client.unexpected',
    });
  });
});

describe('messages for schema issues', () => {
  it('calls a number out of range invalid, not too short or too long', () => {
    const parsed = parseForm(
      estateInputSchema,
      { name: 'Garden Court', estateType: 'old_neighbourhood', buildYear: 1700 },
      t,
    );
    expect(parsed).toEqual({ ok: false, errors: { buildYear: 'This field is not valid.' } });
  });
});
