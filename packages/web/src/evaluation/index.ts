/** Evaluation: the sections other capabilities' pages show (the team's links on its page). */
export { TeamEvaluationLinks } from './team-links';
