export * from './store';
export * from './survey-archive';
export * from './survey-needs';
export * from './survey-places';
export * from './survey-read';
export { readResourceMap } from './survey-read-resources';
export * from './survey-resources';
export * from './survey-scope';
export * from './survey-stakeholders';
