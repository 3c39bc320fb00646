import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Pages on demand; the ones a leader opens on a phone name only their own words.
const ForgotPasswordPage = lazyPage(
  () => import('./forgot-password-page').then((m) => m.ForgotPasswordPage),
  ['passwords'],
);
const ResetPasswordPage = lazyPage(
  () => import('./reset-password-page').then((m) => m.ResetPasswordPage),
  ['passwords'],
);
const AccountPage = lazyPage(() => import('./account-page').then((m) => m.AccountPage), ['passwords']);
const IssueResetPage = lazyPage(() => import('./issue-reset-page').then((m) => m.IssueResetPage), ['passwords']);

/** Getting back in without an account: 忘记密码 and the reset link. Placed by app.tsx outside the signed-in area. */
export function passwordPublicRoutes() {
  return (
    <>
      <Route path="/reset" element={<ForgotPasswordPage />} />
      <Route path="/reset/:code" element={<ResetPasswordPage />} />
    </>
  );
}

/** 我的账户 and staff issuing a reset; inside the signed-in area. */
export function passwordRoutes() {
  return (
    <>
      <Route path="/account" element={<AccountPage />} />
      <Route path="/accounts/reset" element={<IssueResetPage />} />
    </>
  );
}
