/** Where a grant's money pages live in the app (the agreement, its final report, the 报销会 sessions). */
export const agreementPagePath = (id: string) => `/grants/agreements/${encodeURIComponent(id)}`;
export const closingPagePath = (id: string) => `${agreementPagePath(id)}/closing`;
export const claimSessionsPath = '/grants/claim-sessions';
