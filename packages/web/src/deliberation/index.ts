/** Deliberation: what other capabilities' pages show of it (a proposal's council votes). */
export { ProposalCouncilVotes } from './proposal-council-votes';
