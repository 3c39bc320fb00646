/** Grants: the sections other capabilities' pages show (the team's proposals on its page). */
export { TeamGrantsLink, TeamOpenRounds } from './team-open-rounds';
export { TeamProposalsSection } from './team-proposals-section';
