/** Deliberation: what other capabilities' pages show of it (a proposal's council votes). */

export { CouncilTermsLink } from './council-terms-link';
export { ProposalCouncilVotes } from './proposal-council-votes';
