import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff pages, loaded on demand. A round's public page /r/:code is no page of this app: the server
// renders it (server/src/grants/round-page.ts).
const RoundListPage = lazyPage(() => import('./round-list-page').then((m) => m.RoundListPage), ['grants']);
const RoundFormPage = lazyPage(() => import('./round-form-page').then((m) => m.RoundFormPage), ['grants']);
const DirectionsPage = lazyPage(() => import('./directions-page').then((m) => m.DirectionsPage), ['grants']);
// Review and selection: staff on a desk, reviewers on a desk.
const reviewGroups = ['grants', 'grantReviews'] as const;
const ReviewSetupPage = lazyPage(() => import('./review-setup-page').then((m) => m.ReviewSetupPage), reviewGroups);
const DecisionTablePage = lazyPage(
  () => import('./decision-table-page').then((m) => m.DecisionTablePage),
  reviewGroups,
);
const MyReviewsPage = lazyPage(() => import('./my-reviews-page').then((m) => m.MyReviewsPage), reviewGroups);
const ReviewSheetPage = lazyPage(() => import('./review-sheet-page').then((m) => m.ReviewSheetPage), reviewGroups);
const DeterminationNoticePage = lazyPage(
  () => import('./determination-notice').then((m) => m.DeterminationNoticePage),
  reviewGroups,
);
const RoundPage = lazyPage(() => import('./round-page').then((m) => m.RoundPage), ['grants', 'proposals']);
// The team's proposal form is a phone page: it loads the proposals' strings only.
const ProposalFormPage = lazyPage(() => import('./proposal-form-page').then((m) => m.ProposalFormPage), ['proposals']);
// Its page shows the 多方对话会 records to the team and 立案评审's eligibility to staff: the review's strings too.
const ProposalPage = lazyPage(
  () => import('./proposal-page').then((m) => m.ProposalPage),
  ['proposals', 'grantReviews', 'deliberation'],
);
const ProposalPrintPage = lazyPage(
  () => import('./proposal-print-page').then((m) => m.ProposalPrintPage),
  ['proposals'],
);
// A grant's money: the team's pages are opened on phones.
const AgreementPage = lazyPage(() => import('./agreement-page').then((m) => m.AgreementPage), ['grants']);
const ClaimFormPage = lazyPage(() => import('./claim-form-page').then((m) => m.ClaimFormPage), ['grants']);
const ClosingPage = lazyPage(() => import('./closing-page').then((m) => m.ClosingPage), ['grants']);
const ClaimSessionsPage = lazyPage(() => import('./claim-sessions-page').then((m) => m.ClaimSessionsPage), ['grants']);
const TeamAgreementsPage = lazyPage(
  () => import('./team-agreements-page').then((m) => m.TeamAgreementsPage),
  ['grants', 'proposals'],
);

/** This capability's pages (micro-grant rounds, proposals), placed by app.tsx inside the signed-in area. Static paths first. */
export function grantRoutes() {
  return (
    <>
      <Route path="/grants/rounds" element={<RoundListPage />} />
      <Route path="/grants/rounds/new" element={<RoundFormPage />} />
      <Route path="/grants/rounds/:id/edit" element={<RoundFormPage />} />
      <Route path="/grants/rounds/:id" element={<RoundPage />} />
      <Route path="/grants/rounds/:id/review" element={<ReviewSetupPage />} />
      <Route path="/grants/rounds/:id/decisions" element={<DecisionTablePage />} />
      <Route path="/grants/reviews" element={<MyReviewsPage />} />
      <Route path="/grants/reviews/:id" element={<ReviewSheetPage />} />
      <Route path="/grants/proposals/:id/notice" element={<DeterminationNoticePage />} />
      <Route path="/grants/directions" element={<DirectionsPage />} />
      <Route path="/proposals/new" element={<ProposalFormPage />} />
      <Route path="/proposals/:id/edit" element={<ProposalFormPage />} />
      <Route path="/proposals/:id/print" element={<ProposalPrintPage />} />
      <Route path="/proposals/:id" element={<ProposalPage />} />
      <Route path="/grants/agreements/:id/claims/new" element={<ClaimFormPage />} />
      <Route path="/grants/agreements/:id/closing" element={<ClosingPage />} />
      <Route path="/grants/agreements/:id" element={<AgreementPage />} />
      <Route path="/grants/claim-sessions" element={<ClaimSessionsPage />} />
      <Route path="/organizations/:id/grants" element={<TeamAgreementsPage />} />
    </>
  );
}
