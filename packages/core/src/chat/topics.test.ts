import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTopicDictionary, titleWords, topicClasses, topicDictionaryOf, topicOf, topicShares } from './topics';

describe('topic words and classes', () => {
  it('finds dictionary words that ICU splits: 助老, 垃圾分类, 志愿者, 加装电梯, 楼道', () => {
    expect(topicOf('助老服务今天下午三点在活动室', 'text').words).toEqual(['助老', '服务']);
    expect(topicOf('垃圾分类志愿者明天集合', 'text').words).toEqual(['垃圾分类', '志愿者']);
    expect(topicOf('加装电梯议事会', 'text').words).toEqual(['加装电梯', '议事']);
    expect(topicOf('楼道堆物清理', 'text')).toEqual({ words: ['楼道', '堆物'], topicClass: 'public' });
  });

  it('a word must begin at a word boundary: no 问好 in 请问好的, no 助老 in 帮助老人', () => {
    expect(topicOf('请问好的吗', 'text')).toEqual({ words: [], topicClass: 'other' });
    expect(topicOf('帮助老人', 'text').words).toEqual(['老人']);
  });

  it('the longest word wins and matches do not overlap; a word may end inside a longer ICU word', () => {
    // 垃圾分类, not also 垃圾; 议事 inside 社区|议事厅
    expect(topicOf('垃圾分类', 'text').words).toEqual(['垃圾分类']);
    expect(topicOf('社区议事厅', 'text').words).toEqual(['社区', '议事']);
  });

  it('classes by the most occurrences; ties go to public, then article, then greeting', () => {
    expect(topicOf('早安！早安！大家好', 'text').topicClass).toBe('greeting');
    // 1 greeting (早上好) : 1 public (楼道) → public
    expect(topicOf('早上好，明天九点楼道清理', 'text').topicClass).toBe('public');
    // 2 greetings (早安, 晚安) : 1 public (助老) → greeting
    expect(topicOf('早安晚安助老', 'text').topicClass).toBe('greeting');
    // 1 article (分享) : 1 greeting (早安) → article
    expect(topicOf('早安，分享一篇', 'text').topicClass).toBe('article');
    expect(topicOf('今天天气不错', 'text')).toEqual({ words: [], topicClass: 'other' });
  });

  it('a shared link is an article whatever its words; a caption counts; platform lines and a photo without text are other', () => {
    expect(topicOf('助老志愿服务倡议', 'link')).toEqual({ words: ['助老', '志愿', '服务'], topicClass: 'article' });
    expect(topicOf(null, 'image')).toEqual({ words: [], topicClass: 'other' });
    expect(topicOf('今天助老活动照片', 'image')).toEqual({ words: ['助老'], topicClass: 'public' });
    expect(topicOf('张阿姨邀请李叔加入了群聊“社区助老队”', 'join')).toEqual({ words: [], topicClass: 'other' });
    expect(topicOf('“社区助老”群名已修改', 'system')).toEqual({ words: [], topicClass: 'other' });
    expect(topicOf('', 'text')).toEqual({ words: [], topicClass: 'other' });
  });

  it('compares after NFKC and lower-casing; words are recorded once', () => {
    expect(topicOf('ＨＴＴＰＳ://x.cn 转发转发', 'text')).toEqual({ words: ['https', '转发'], topicClass: 'article' });
  });

  it('records further words (activity titles) without changing the class', () => {
    const result = topicOf('今晚广场舞照常', 'text', defaultTopicDictionary, { alsoRecord: ['广场舞'] });
    expect(result).toEqual({ words: ['广场舞'], topicClass: 'other' });
  });

  it("a street's own dictionary replaces the default", () => {
    const dictionary = topicDictionaryOf([
      { word: ' 河道 ', category: 'public' },
      { word: '河道', category: 'public' },
      { word: '早安', category: 'greeting' },
    ]);
    expect(dictionary).toEqual({ public: ['河道'], greeting: ['早安'], article: [] });
    expect(topicOf('河道清理，助老', 'text', dictionary)).toEqual({ words: ['河道'], topicClass: 'public' });
  });

  it('words found are always dictionary words that occur in the text (property)', () => {
    const all = [
      ...defaultTopicDictionary.public,
      ...defaultTopicDictionary.greeting,
      ...defaultTopicDictionary.article,
    ];
    const piece = fc.oneof(fc.constantFrom(...all), fc.constantFrom('的', '，', '我们', '明天', ' ', '好'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const { words, topicClass } = topicOf(text, 'text');
        for (const word of words) {
          expect(all).toContain(word);
          expect(text.toLowerCase()).toContain(word);
        }
        expect(topicClasses).toContain(topicClass);
        expect(topicClass === 'other').toBe(words.length === 0);
      }),
    );
  });
});

describe('title words', () => {
  it('dictionary words, then ICU words of two or more characters', () => {
    expect(titleWords('助老服务队上门探访')).toEqual(['助老', '服务', '探访', '上门']);
    expect(titleWords('广场舞练习')).toEqual(['广场', '练习']);
  });
});

describe('topic shares per window', () => {
  it('counts and shares by hand; public among the classified', () => {
    const [first, empty] = topicShares([
      { classes: ['public', 'public', 'greeting', 'article', 'other', null] },
      { classes: [] },
    ]);
    expect(first).toEqual({
      messages: 5,
      counts: { public: 2, greeting: 1, article: 1, other: 1 },
      shares: { public: 0.4, greeting: 0.2, article: 0.2, other: 0.2 },
      publicOfClassified: 0.5,
    });
    expect(empty?.messages).toBe(0);
    expect(empty?.shares.public).toBe(0);
    expect(empty?.publicOfClassified).toBeNull();
  });
});
