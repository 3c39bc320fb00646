export * from './agreement-in-force';
export { findChatGroupAnalysis } from './analysis';
export { findStreetChatBridges } from './analysis-bridges';
export { findOrganizationChatFigures, findStreetChatFigures } from './analysis-figures';
export type { ChatTables } from './tables';
