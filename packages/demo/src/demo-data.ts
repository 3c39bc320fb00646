import type { ActivityDemoData } from './activity-extension';
import type { AllocationDemoData } from './allocation-extension';
import type { BooksDemoData } from './books-extension';
import type { ChatDemoData } from './chat-rows';
import type { CoachingDemoData } from './coaching-extension';
import type { DeliberationDemoData } from './deliberation-rows';

import type { EvaluationDemoData } from './evaluation-extension';
import type { GrantDemoData } from './grants-extension';
import type { GrantMoneyDemoData } from './grants-money-extension';
import type { GrantProposalDemoData } from './grants-proposals-extension';
import type { GrantReviewDemoData } from './grants-review-extension';
import type { PeopleDemoData } from './people-extension';
import type { ProgrammeDemoData } from './programme-extension';
import type { PublicityDemoData } from './publicity-extension';
import type { RegistryDemoData } from './registry-extension';
import type { BaseDemoData } from './rows';
import type { SurveyDemoData } from './survey-extension';
import type { TrackingDemoData } from './tracking-extension';
import type { TrainingDemoData } from './training-extension';
import type { VolunteeringDemoData } from './volunteering-extension';

/** The whole demo: the foundation plus what each later capability adds (see *-extension.ts). */
export type DemoData = Omit<
  BaseDemoData,
  keyof PeopleDemoData | keyof RegistryDemoData | keyof SurveyDemoData | keyof ActivityDemoData
> &
  PeopleDemoData &
  RegistryDemoData &
  SurveyDemoData &
  ActivityDemoData &
  TrackingDemoData &
  CoachingDemoData &
  VolunteeringDemoData &
  PublicityDemoData &
  BooksDemoData &
  GrantDemoData &
  GrantProposalDemoData &
  GrantReviewDemoData &
  GrantMoneyDemoData &
  TrainingDemoData &
  ProgrammeDemoData &
  AllocationDemoData &
  DeliberationDemoData &
  EvaluationDemoData &
  ChatDemoData;
