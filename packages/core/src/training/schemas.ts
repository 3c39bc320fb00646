import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';

/**
 * Training programmes (seeds 000, 002): 友邻学社 (爱有戏, Chengdu) and 社区营造培训班 (Dashilar).
 * Programme → cohort (第二期) → applications → sessions → graduation. Applicants are people, not
 * accounts: activists, community workers, partner NGO staff, residents may all apply.
 */
export const trainingProgrammeKinds = ['neighbour_school', 'placemaking_course', 'other'] as const;
export const trainingProgrammeKindSchema = z.enum(trainingProgrammeKinds);
export type TrainingProgrammeKind = z.infer<typeof trainingProgrammeKindSchema>;

export const trainingProgrammeInputSchema = z.object({
  streetId: idSchema,
  name: z.string().trim().min(1).max(100),
  kind: trainingProgrammeKindSchema,
  description: longTextSchema.default(''),
  /** Who runs it (爱有戏, 清华社造团队, the incubator): a name, not an account. */
  organizer: z.string().trim().max(100).default(''),
});
export type TrainingProgrammeInput = z.infer<typeof trainingProgrammeInputSchema>;

/** Seed 000: the course was cut from 30-odd lessons to 6–8; a cohort plans between 1 and 30. */
export const plannedSessionsSchema = z.number().int().min(1).max(30);

export const trainingCohortInputSchema = z.object({
  /** 第二期, 2026 春季班. */
  name: z.string().trim().min(1).max(60),
  /** Null: open to the whole street; else the community that hosts it (its officials see it). */
  communityId: idSchema.optional(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.optional(),
  place: z.string().trim().max(200).default(''),
  capacity: z.number().int().min(1).max(500).optional(),
  plannedSessions: plannedSessionsSchema.default(8),
  /** Sessions attended to graduate; default all but one of the planned ones (6 of 8 is 'at least 6'). */
  minimumSessionsAttended: z.number().int().min(0).max(30).optional(),
  /** The self-commitment 自我承诺 applicants sign; its text is stored with each signature. */
  commitmentText: z.string().trim().min(1).max(2000),
});
export type TrainingCohortInput = z.infer<typeof trainingCohortInputSchema>;

/** Where an applicant comes from (seed 002: 社区能人, 社区工作者, 外部社会组织伙伴). */
export const applicantOrigins = ['activist', 'community_worker', 'partner_ngo_staff', 'resident'] as const;
export const applicantOriginSchema = z.enum(applicantOrigins);
export type ApplicantOrigin = z.infer<typeof applicantOriginSchema>;

export const trainingApplicationInputSchema = z.object({
  personId: idSchema,
  /** 担保人: another person who vouches for the applicant (seed 000), never the applicant. */
  guarantorPersonId: idSchema,
  origin: applicantOriginSchema,
  motivation: z.string().trim().max(1000).default(''),
});
export type TrainingApplicationInput = z.infer<typeof trainingApplicationInputSchema>;

export const interviewResults = ['pass', 'fail', 'wait'] as const;
export const interviewResultSchema = z.enum(interviewResults);
export type InterviewResult = z.infer<typeof interviewResultSchema>;

/** 面试: who interviewed is the caller (a staff account). */
export const trainingInterviewInputSchema = z.object({
  interviewedOn: isoDateSchema,
  result: interviewResultSchema,
  notes: z.string().trim().max(2000).default(''),
});
export type TrainingInterviewInput = z.infer<typeof trainingInterviewInputSchema>;

/** 自我承诺 signed: the text signed is the cohort's at that moment, kept with the signature. */
export const trainingCommitmentInputSchema = z.object({
  signedAt: isoDateTimeSchema.optional(),
});
export type TrainingCommitmentInput = z.infer<typeof trainingCommitmentInputSchema>;

export const trainingDecisions = ['accepted', 'declined'] as const;
export const trainingDecisionSchema = z.enum(trainingDecisions);
export type TrainingDecision = z.infer<typeof trainingDecisionSchema>;

/** The reason is required when declining (core's rule, `decisionError`): a person is owed one. */
export const trainingDecisionInputSchema = z.object({
  decision: trainingDecisionSchema,
  reason: z.string().trim().max(500).default(''),
});
export type TrainingDecisionInput = z.infer<typeof trainingDecisionInputSchema>;

export const applicationStatuses = ['applied', 'interviewed', 'committed', 'accepted', 'declined'] as const;
export const applicationStatusSchema = z.enum(applicationStatuses);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const trainingSessionInputSchema = z.object({
  number: z.number().int().min(1).max(30),
  heldOn: isoDateSchema,
  topic: z.string().trim().min(1).max(200),
  /** 开班仪式: the street's leaders speak, the class committee is elected (seed 000). */
  isOpeningCeremony: z.boolean().default(false),
});
export type TrainingSessionInput = z.infer<typeof trainingSessionInputSchema>;

/** Links a session to the activity whose self sign-ins (/s/{code}) show beside its roll call; null unlinks. */
export const trainingSessionActivityInputSchema = z.object({ activityId: idSchema.nullable() });
export type TrainingSessionActivityInput = z.infer<typeof trainingSessionActivityInputSchema>;

/** The roll call of one session, ticked by staff: the accepted applications present (replaces). */
export const trainingAttendanceInputSchema = z.object({
  applicationIds: z.array(idSchema).max(500),
});
export type TrainingAttendanceInput = z.infer<typeof trainingAttendanceInputSchema>;

/** 班委 posts; editable, these are the usual ones. */
export const committeePostSuggestions = ['班长', '副班长', '学习委员', '宣传委员', '生活委员'] as const;

export const trainingCommitteeInputSchema = z.object({
  posts: z.array(z.object({ post: z.string().trim().min(1).max(30), applicationId: idSchema })).max(20),
});
export type TrainingCommitteeInput = z.infer<typeof trainingCommitteeInputSchema>;

export const trainingProgrammeSchema = z.object({
  id: idSchema,
  streetId: idSchema,
  name: z.string(),
  kind: trainingProgrammeKindSchema,
  description: z.string(),
  organizer: z.string(),
});
export type TrainingProgramme = z.infer<typeof trainingProgrammeSchema>;

export const trainingFiguresSchema = z.object({
  applied: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  /** Accepted applicants present at each session, by session number. */
  attendedPerSession: z.array(z.object({ number: z.number().int(), attended: z.number().int() })),
  graduated: z.number().int(),
});
export type TrainingFigures = z.infer<typeof trainingFiguresSchema>;

export const trainingCohortSchema = z.object({
  id: idSchema,
  streetId: idSchema,
  programmeId: idSchema,
  programmeName: z.string(),
  communityId: idSchema.nullable(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  place: z.string(),
  capacity: z.number().int().nullable(),
  plannedSessions: z.number().int(),
  minimumSessionsAttended: z.number().int(),
  commitmentText: z.string(),
  graduatedOn: z.string().nullable(),
  figures: trainingFiguresSchema,
  /** The micro-grant rounds its graduates are eligible in (round-links.ts). */
  linkedRoundIds: z.array(idSchema),
});
export type TrainingCohort = z.infer<typeof trainingCohortSchema>;

export const trainingProgrammeListSchema = z.object({
  programmes: z.array(trainingProgrammeSchema.extend({ cohorts: z.array(trainingCohortSchema) })),
});

const personRefSchema = z.object({ id: idSchema, name: z.string() });

export const trainingApplicationSchema = z.object({
  id: idSchema,
  cohortId: idSchema,
  person: personRefSchema,
  guarantor: personRefSchema,
  origin: applicantOriginSchema,
  motivation: z.string(),
  status: applicationStatusSchema,
  interview: z
    .object({ interviewedOn: z.string(), result: interviewResultSchema, notes: z.string(), interviewer: z.string() })
    .nullable(),
  commitmentSignedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  sessionsAttended: z.number().int(),
  graduated: z.boolean(),
});
export type TrainingApplication = z.infer<typeof trainingApplicationSchema>;

export const trainingSessionSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  heldOn: z.string(),
  topic: z.string(),
  isOpeningCeremony: z.boolean(),
  /** The roll call staff ticked. */
  presentApplicationIds: z.array(idSchema),
  /** Accepted applicants whose phone signed in at the linked activity: present too (core `presentAt`). */
  signedInApplicationIds: z.array(idSchema),
  activityId: idSchema.nullable(),
  /** Names signed in on the linked activity's page, for staff to compare with the roll call. */
  signInNames: z.array(z.string()),
});
export type TrainingSession = z.infer<typeof trainingSessionSchema>;

/** A cohort's page: applicants, sessions and committee only for those who may read names. */
export const trainingCohortDetailSchema = z.object({
  cohort: trainingCohortSchema,
  applications: z.array(trainingApplicationSchema).optional(),
  sessions: z.array(trainingSessionSchema),
  committee: z.array(z.object({ post: z.string(), applicationId: idSchema })).optional(),
});
export type TrainingCohortDetail = z.infer<typeof trainingCohortDetailSchema>;

export const trainingGraduationSchema = z.object({
  graduated: z.array(idSchema),
  notGraduated: z.array(idSchema),
});

/** A person's training history (their page): cohorts applied to, and applications they vouched for. */
export const personTrainingSchema = z.object({
  items: z.array(
    z.object({
      applicationId: idSchema,
      cohortId: idSchema,
      programmeName: z.string(),
      cohortName: z.string(),
      startsOn: z.string(),
      /** 'applicant': their own application; 'guarantor': they vouched for someone (named). */
      as: z.enum(['applicant', 'guarantor']),
      applicantName: z.string(),
      status: applicationStatusSchema,
      graduated: z.boolean(),
    }),
  ),
});
export type PersonTraining = z.infer<typeof personTrainingSchema>;
