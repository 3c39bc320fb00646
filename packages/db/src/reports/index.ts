export * from './street-overview';
