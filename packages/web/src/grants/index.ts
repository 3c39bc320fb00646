/** Grants: the sections other capabilities' pages show (the team's proposals on its page). */
export { TeamProposalsSection } from './team-proposals-section';
