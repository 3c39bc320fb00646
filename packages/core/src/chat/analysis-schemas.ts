import { z } from 'zod';
import { networkRoles } from './core-periphery';
import { chatHintCodes } from './hints';
import { chatNetworkSettingsSchema } from './interactions';

/**
 * What the chat trail's read side answers (issue 19 "Views"). A group's analysis names members by
 * their per-group pseudonym (成员 A, B…); `name` and `personId` are filled only for roles that may read
 * residents' names (`person.read`). Figures for officials and funders are counts, never people.
 */
const trendSchema = z.object({
  n: z.number().int(),
  s: z.number(),
  z: z.number(),
  pValue: z.number(),
  senSlope: z.number(),
  trend: z.enum(['falling', 'rising', 'none']),
});

export const chatGroupSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  organizationId: z.string().nullable(),
  streetId: z.string(),
  platform: z.string(),
  layer: z.string(),
  creationWay: z.string(),
  staffIn: z.boolean(),
  adoptionStep: z.number().int().nullable(),
  /** seed 002: a group staff built may under-represent the real interaction (members talk where staff are not) */
  builtByStaff: z.boolean(),
  agreement: z.object({ agreedOn: z.string(), scope: z.string(), textRetentionDays: z.number().int().nullable() }),
});

export const chatNodeSchema = z.object({
  /** the sender's id in this group (chat_senders.id) */
  id: z.string(),
  /** pseudonym letters: 1 → A (shown as 成员 A) */
  pseudonym: z.string(),
  name: z.string().nullable(),
  personId: z.string().nullable(),
  isStaff: z.boolean(),
  role: z.enum(networkRoles),
  sent: z.number().int(),
});

export const chatEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  reply: z.number(),
  mention: z.number(),
  response: z.number(),
  weight: z.number(),
});

export const chatWindowFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  messages: z.number().int(),
  members: z.number().int(),
  speakers: z.number().int(),
  density: z.number(),
  densityUndirected: z.number(),
  /** Freeman degree centralization of the undirected graph: one voice dominating (一言堂) */
  centralization: z.number(),
  activeShare: z.number(),
  /** null in the first window: no history to tell new voices from old (group-trends.ts) */
  newVoices: z.number().int().nullable(),
  lostVoices: z.number().int(),
});

export const chatMemberRowSchema = chatNodeSchema.extend({
  answered: z.number().int(),
  responseShare: z.number().nullable(),
  inDegree: z.number().int(),
  outDegree: z.number().int(),
  inStrength: z.number(),
  outStrength: z.number(),
  degreeCentrality: z.number(),
  betweenness: z.number(),
  closeness: z.number(),
  coreNumber: z.number().int(),
  flagged: z.boolean(),
  /** the numbers behind the flag: the series per window and its Mann–Kendall test */
  flag: z.object({
    centrality: z.array(z.number()),
    responseShare: z.array(z.number().nullable()),
    firstActiveWindow: z.number().int().nullable(),
    centralityTrend: trendSchema.nullable(),
    responseShareTrend: trendSchema.nullable(),
    peakCentrality: z.number(),
    lastCentrality: z.number(),
  }),
});

/** A coaching hint (hints.ts): its code, the numbers its text shows, the members concerned (node ids). */
export const chatHintSchema = z.object({
  code: z.enum(chatHintCodes),
  values: z.record(z.string(), z.number()),
  members: z.array(z.string()),
  unit: z.enum(['week', 'month']).nullable(),
});

export const chatTopicWindowSchema = z.object({
  from: z.string(),
  to: z.string(),
  public: z.number().int(),
  greeting: z.number().int(),
  article: z.number().int(),
  other: z.number().int(),
});

export const chatGroupAnalysisSchema = z.object({
  group: chatGroupSummarySchema,
  period: z.object({ from: z.string(), to: z.string(), window: z.enum(['week', 'month']) }),
  /** the interaction network's settings the analysis ran with (interactions.ts) */
  network: chatNetworkSettingsSchema,
  namesShown: z.boolean(),
  whole: z.object({
    messages: z.number().int(),
    members: z.number().int(),
    density: z.number(),
    densityUndirected: z.number(),
    reciprocity: z.number().nullable(),
    centralization: z.number(),
    transitivity: z.number(),
    activeShare: z.number(),
  }),
  nodes: z.array(chatNodeSchema),
  edges: z.array(chatEdgeSchema),
  windows: z.array(chatWindowFiguresSchema),
  members: z.array(chatMemberRowSchema),
  hints: z.array(chatHintSchema),
  topics: z.array(chatTopicWindowSchema),
});
export type ChatGroupAnalysis = z.infer<typeof chatGroupAnalysisSchema>;
export type ChatMemberRow = z.infer<typeof chatMemberRowSchema>;
export type ChatWindowFigures = z.infer<typeof chatWindowFiguresSchema>;

/** One group's counts for an organization's page or an official: no people, no pseudonyms. */
export const chatGroupFiguresSchema = z.object({
  id: z.string(),
  name: z.string(),
  layer: z.string(),
  creationWay: z.string(),
  staffIn: z.boolean(),
  adoptionStep: z.number().int().nullable(),
  /** false: no agreement in force, so no figures (counts below are zero) */
  analysed: z.boolean(),
  messages: z.number().int(),
  members: z.number().int(),
  speakers: z.number().int(),
  density: z.number(),
  centralization: z.number(),
  activeShare: z.number(),
  peripheryShare: z.number(),
  flaggedMembers: z.number().int(),
  /** the group's size as last counted by hand (the registry's 人数记录), whether or not it is analysed */
  headcount: z.object({ countedOn: z.string(), memberCount: z.number().int() }).nullable(),
});
export const chatOrganizationFiguresSchema = z.object({
  organizationId: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  groups: z.array(chatGroupFiguresSchema),
  /** coaching hints across the groups (hints.ts `organizationHints`, over the period's last two months) */
  hints: z.array(chatHintSchema),
});
export type ChatGroupFigures = z.infer<typeof chatGroupFiguresSchema>;
export type ChatOrganizationFigures = z.infer<typeof chatOrganizationFiguresSchema>;

/** seed 002's figures 6–8: the street's groups, members and density, window by window. */
export const chatStreetFiguresSchema = z.object({
  streetId: z.string(),
  period: z.object({ from: z.string(), to: z.string(), window: z.enum(['week', 'month']) }),
  /** Σ resident_population of the street's communities (the survey's figure); null when none recorded */
  population: z.number().int().nullable(),
  communitiesWithoutPopulation: z.number().int(),
  windows: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      /** groups under an agreement in force with a trail by the window's end (group-trends.ts `streetTrend`) */
      groups: z.number().int(),
      /** of them, groups with at least one message in the window */
      activeGroups: z.number().int(),
      /**
       * every group the street knows of that was open in the window, analysed or not — the registry's
       * and the chat trail's, one table (groups-on-record.ts `groupsOnRecord`)
       */
      groupsOnRecord: z.number().int(),
      /** Σ of the groups' members: a person in two groups counts twice, as seed 002 counted */
      memberships: z.number().int(),
      /** distinct people: a matched person once however many groups; unmatched senders per group */
      members: z.number().int(),
      /** members / population; null when the population is unknown */
      populationShare: z.number().nullable(),
      /** mean directed density of the groups active in the window */
      density: z.number(),
    }),
  ),
  groups: z.array(chatGroupFiguresSchema.extend({ organizationId: z.string().nullable() })),
});
export type ChatStreetFigures = z.infer<typeof chatStreetFiguresSchema>;

/** People in several organizations' groups, and the network of places they connect (bridges.ts; staff). */
export const chatBridgesSchema = z.object({
  streetId: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  namesShown: z.boolean(),
  bridges: z.array(
    z.object({
      /** without names: a number for this answer only (桥梁 1, 2…), and no person id */
      number: z.number().int(),
      personId: z.string().nullable(),
      name: z.string().nullable(),
      organizations: z.number().int(),
      streetGroups: z.number().int(),
      /** the places' keys, as in `places` */
      places: z.array(z.string()),
    }),
  ),
  /** organizations (`organization:<id>`) and street-level groups (`group:<id>`) with a matched person */
  places: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['organization', 'street_group']),
      name: z.string(),
      people: z.number().int(),
      bridges: z.number().int(),
    }),
  ),
  links: z.array(z.object({ source: z.string(), target: z.string(), people: z.number().int() })),
});
export type ChatBridges = z.infer<typeof chatBridgesSchema>;
