/**
 * Publicity drafts 活动信息稿: one per activity, prefilled from the record, edited by the leader,
 * published under a public short code. Who may edit follows the activity (visibleActivities); the
 * feed is street-wide (visibleStreets): it is the leaders' group of seed 002, where the
 * organizations of one street learn from each other.
 *
 * Privacy: a public page names only the participants and self sign-ins the leader ticked, never a
 * child (people.birth_date / birth_year, or a sign-in made as a child), never a phone; a quote's
 * speaker only when the leader keeps it.
 */

export * from './drafts';
export * from './edit';
export * from './erasure';
export * from './export';
export * from './feed';
export * from './merge';
export * from './public-page';
export * from './publish';
export * from './state';
export * from './tables';
export * from './whats-on';
