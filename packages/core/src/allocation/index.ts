export * from './bookings';
export * from './disputes';
export * from './error-messages';
export * from './honours';
export * from './opening-hours';
export * from './permissions';
