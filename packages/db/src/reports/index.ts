export * from './community-overview';
export * from './street-overview';
