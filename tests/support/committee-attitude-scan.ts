/**
 * Where 居委会态度 sits in an answer: a `committeeAttitude` key (even an empty one: its presence says
 * one is kept), the attitudes on the residents' committee's stakeholder row, or a column of that
 * name in a text or CSV export.
 */
export function* committeeAttitudesIn(value: unknown, path: string): Generator<string> {
  if (typeof value === 'string') {
    if (/committee_?attitude|居委会态度/i.test(value)) yield path;
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* committeeAttitudesIn(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('committeeAttitude' in record) yield `${path}.committeeAttitude`;
    if (record.kind === 'residents_committee' && ('attitude' in record || 'attitudes' in record))
      yield `${path}.attitude`;
    for (const [key, item] of Object.entries(record)) yield* committeeAttitudesIn(item, `${path}.${key}`);
  }
}

/** 居委会态度 in an answer a login without `committeeAttitude` in its policy received, for a failure message. */
export function committeeAttitudeLeaks(policy: { committeeAttitude?: boolean }, response: { body: unknown }): string[] {
  return policy.committeeAttitude
    ? []
    : [...committeeAttitudesIn(response.body, '$')].map((path) => `居委会态度 at ${path}`);
}
