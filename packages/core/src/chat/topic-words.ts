import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';

/**
 * The street's topic dictionary (issue 19 "What the group talks about"): words that mark a message as
 * about public matters (助老, 环境, 议事, 志愿…), a greeting (早安问好) or a shared article (美文分享).
 * Core's defaults apply until the street adds words of its own.
 */
export const chatTopicCategories = ['public', 'greeting', 'article'] as const;
export const chatTopicCategorySchema = z.enum(chatTopicCategories);
export type ChatTopicCategory = z.infer<typeof chatTopicCategorySchema>;

/** A word: 1–20 characters of text, no spaces inside (segmentation finds words, not phrases with gaps). */
export const chatTopicWordInputSchema = z.object({
  word: z.string().trim().min(1).max(20).regex(/^\S+$/u, 'one word without spaces'),
  category: chatTopicCategorySchema,
});
export type ChatTopicWordInput = z.infer<typeof chatTopicWordInputSchema>;

export const chatTopicWordSchema = z.object({
  id: idSchema,
  word: z.string(),
  category: chatTopicCategorySchema,
  createdAt: isoDateTimeSchema,
});
export type ChatTopicWord = z.infer<typeof chatTopicWordSchema>;

/** The street's own words; `usesDefaults` while it has none (the web then shows core's defaults). */
export const chatTopicDictionarySchema = z.object({
  words: z.array(chatTopicWordSchema),
  usesDefaults: z.boolean(),
});
export type ChatTopicDictionary = z.infer<typeof chatTopicDictionarySchema>;
