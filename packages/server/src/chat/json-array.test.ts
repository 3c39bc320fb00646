import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonArrayElements, JsonArrayError } from './json-array';

/** The elements a text gives when it arrives cut at the given places, and the error, if any. */
function elementsOf(text: string, key: string | null, cuts: number[] = [], maxElementChars = 1_000_000) {
  const reader = new JsonArrayElements(key, maxElementChars);
  const values: unknown[] = [];
  const oversized: string[] = [];
  const sink = {
    element: (json: string) => values.push(JSON.parse(json)),
    oversized: (excerpt: string) => oversized.push(excerpt),
  };
  let error: string | null = null;
  try {
    let from = 0;
    for (const at of [...cuts.filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b), text.length]) {
      reader.push(text.slice(from, at), sink);
      from = at;
    }
    reader.end(sink);
  } catch (thrown) {
    if (!(thrown instanceof JsonArrayError || thrown instanceof SyntaxError)) throw thrown;
    error = thrown.message;
  }
  return { values, oversized, error };
}

// Strings full of what a scanner could trip on: quotes, backslashes, brackets, commas, emoji.
const trickyString = fc.stringMatching(/^[a-z"\\{}[\],:🌱 \n]{0,12}$/u);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    trickyString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const cuts = fc.array(fc.nat({ max: 2_000 }), { maxLength: 8 });

describe('the elements of a streamed JSON array', () => {
  it('are those JSON.parse finds in the whole text, wherever the text is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(jsonValue, { maxLength: 8 }), fc.boolean(), cuts, (values, isPretty, at) => {
        const topLevel = JSON.stringify(values, null, isPretty ? 2 : undefined);
        expect(elementsOf(topLevel, null, at)).toEqual({ values: JSON.parse(topLevel), oversized: [], error: null });
        const document = {
          name: '样例群',
          type: 'private_supergroup',
          nested: { messages: 1 },
          messages: values,
          id: 1,
        };
        const telegram = JSON.stringify(document, null, isPretty ? 1 : undefined);
        expect(elementsOf(telegram, 'messages', at)).toEqual({ values: document.messages, oversized: [], error: null });
      }),
    );
  });

  it('stop at the last whole element of a cut file, and say the file is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(trickyString, jsonValue, { maxKeys: 3 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        cuts,
        (messages, cutAt, at) => {
          const text = JSON.stringify({ name: 'g', messages }, null, 1);
          const cut = text.slice(0, cutAt % text.length);
          const read = elementsOf(cut, 'messages', at);
          expect(read.error).not.toBeNull();
          expect(read.values).toEqual(messages.slice(0, read.values.length));
          // Every element whose closing brace made it into the cut text was handed over.
          const whole = messages.filter((_, index) => {
            const upTo = JSON.stringify({ name: 'g', messages: messages.slice(0, index + 1) }, null, 1);
            return upTo.length - 5 <= cut.length; // the text up to the element’s `}`, then "\n ]\n}"
          });
          expect(read.values.length).toBe(whole.length);
        },
      ),
    );
  });

  it('keeps an escaped quote or backslash cut between two pieces inside its string', () => {
    const text = String.raw`{"messages":[{"text":"a\"b\\","x":"\\\""},{"text":"]}"}]}`;
    for (let at = 1; at < text.length; at++)
      expect(elementsOf(text, 'messages', [at])).toEqual({
        values: [{ text: 'a"b\\', x: '\\"' }, { text: ']}' }],
        oversized: [],
        error: null,
      });
  });

  it('refuses a broken structure: brackets that do not match, a missing comma, something after the end', () => {
    expect(elementsOf('{"messages":[{"a":1}]]', 'messages').error).toMatch(/unexpected/);
    expect(elementsOf('{"messages":[{"a":1} {"a":2}]}', 'messages')).toMatchObject({ values: [{ a: 1 }] });
    expect(elementsOf('{"messages":[{"a":1} {"a":2}]}', 'messages').error).toMatch(/unexpected/);
    expect(elementsOf('[1,,2]', null).error).toMatch(/unexpected/);
    expect(elementsOf('[1] x', null).error).toMatch(/after the JSON value/);
    expect(elementsOf('{"messages":{"a":1}}', 'messages').error).toMatch(/not an array/);
    expect(elementsOf('{"a":1}', null).error).toMatch(/not a JSON array/);
    expect(elementsOf('[{"a":1},{"a":tru}]', null)).toMatchObject({ values: [{ a: 1 }], error: expect.any(String) });
  });

  it('reads no array where the wanted key is nested deeper or absent', () => {
    expect(elementsOf('{"chats":{"messages":[1,2]},"n":"messages"}', 'messages')).toEqual({
      values: [],
      oversized: [],
      error: null,
    });
  });

  it('skips an element over the limit without keeping it, and reads on', () => {
    const long = 'x'.repeat(500);
    const read = elementsOf(`[{"a":1},{"text":"${long}"},{"a":2}]`, null, [100, 200, 300], 100);
    expect(read).toEqual({ values: [{ a: 1 }, { a: 2 }], oversized: [`{"text":"${'x'.repeat(71)}`], error: null });
  });
});
