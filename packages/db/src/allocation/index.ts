export * from './bookings';
export * from './dispute-changes';
export * from './disputes';
export * from './honours';
export * from './opening-hours';
export * from './privacy';
export * from './public';
export * from './spaces';
