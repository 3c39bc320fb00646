import { civicTemplates } from './civic';
import { recreationTemplates } from './recreation';
import { serviceTemplates } from './services';
import type { OrganizationTemplate } from './template';

export type { AgeGroup, FiveStage, OrganizationTemplate } from './template';

/** Every kind of self-organization the demo street can hold. */
export const organizationTemplates: readonly OrganizationTemplate[] = [
  ...recreationTemplates,
  ...serviceTemplates,
  ...civicTemplates,
];
