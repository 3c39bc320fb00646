import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicPrefilter } from './topic-prefilter';

const words = ['助老', '垃圾分类', '志愿', '無人', '十分', '人民', 'http', 'www', '5g'];
const prefilter = topicPrefilter(words)!;
/** What the full matcher compares: the normalised text. */
const holdsWord = (text: string) => {
  const normalised = text.normalize('NFKC').toLowerCase();
  return words.some((word) => normalised.includes(word));
};

describe('topicPrefilter', () => {
  it('is made only for words wholly of unified ideographs', () => {
    expect(topicPrefilter(['助老', 'wi-fi'])).toBeNull();
    expect(topicPrefilter(['助老', 'Ａ'])).toBeNull();
    expect(topicPrefilter(['四点半课堂'])).not.toBeNull();
    expect(topicPrefilter([])).toBeNull();
  });

  it('passes a text holding a word, and one a character of which becomes an ideograph', () => {
    expect(prefilter('明天一起去助老')).toBe(true);
    expect(prefilter('今天天气好，大家早安🌱 12:30')).toBe(false);
    for (const text of ['HTTP://', 'see www', '\uFF28ttp', '\u210Cttp', '\u{1D407}ttp'])
      expect(prefilter(text)).toBe(true);
    // a compatibility ideograph, a Kangxi radical, a circled ideograph, Hangzhou numeral ten, 🈚 (無)
    for (const text of ['\uF900', '\u2F08民', '\u3280', '\u3038分', '\u{1F21A}人']) expect(prefilter(text)).toBe(true);
  });

  it('never turns away a text whose normalised form holds a word', () => {
    const piece = fc.oneof(
      fc.constantFrom(...words, '助', '老', '垃圾', '分类', '人', '十', 'HT', 'tp', 'W', '5', 'G'),
      fc.constantFrom(
        '\u2F08',
        '\u3038',
        '\u{1F21A}',
        '\uF900',
        '\u3280',
        'Ａ',
        '，',
        '。',
        '🌱',
        '\u3000',
        'e\u0301',
        ' ',
        'ǅ',
        '\uFF28',
        '\u210C',
        '\u2464',
        '\u{1D407}',
        '\u{1F130}',
      ),
      fc.string({ maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (holdsWord(text)) expect(prefilter(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
