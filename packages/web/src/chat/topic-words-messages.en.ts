import type { ChatTopicWordsMessages } from './topic-words-messages';

/** English strings of the street's topic dictionary page, typed against the zh-CN ones. */
export const chatTopicWordsMessagesEn: ChatTopicWordsMessages = {
  chatTopicWords: {
    title: 'Chat topic dictionary',
    intro:
      'A message that contains one of these words counts as that kind of topic. The analysis shows the share of messages about public matters: whether a group moves from small talk and shared articles to working for the neighbourhood.',
    usesDefaults:
      'This street has no words of its own yet: the analysis uses the default dictionary (listed below). Once you add a word, only the street’s words are used.',
    category: {
      public: 'Public matters',
      greeting: 'Greetings',
      article: 'Shared articles',
    },
    categoryHelp: {
      public: 'Care for the elderly, environment, deliberation, volunteering… evidence of a move to public good.',
      greeting: 'Good morning, good night, hellos: lively, but not public discussion.',
      article: 'Essays, health tips, forwarded links.',
    },
    defaultWord: 'default',
    none: 'No words of this kind yet.',
    word: 'Word',
    wordHint: 'One word, no spaces, at most 20 characters',
    chooseCategory: 'Kind',
    add: 'Add',
    remove: 'Remove “{{word}}”',
    removed: 'Removed “{{word}}”',
  },
};
