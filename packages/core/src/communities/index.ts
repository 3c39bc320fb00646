export * from './permissions';
export * from './questionnaire';
export * from './resource-map';
export * from './rules';
export * from './schemas';
export * from './survey-inputs';
export * from './survey-outputs';
export * from './survey-types';
