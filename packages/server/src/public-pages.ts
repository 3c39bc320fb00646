import { signInPageRoutes } from './activities/sign-in-page';
import { hoursPageRoutes } from './allocation/hours-page';
import { ballotPageRoutes } from './deliberation/ballot-page';
import { meetingSummaryPageRoutes } from './deliberation/meeting-summary-page';
import { roundPageRoutes } from './grants/round-page';
import { volunteerPageRoutes } from './volunteering/volunteer-page';

/**
 * The pages residents open from an activity's QR code, rendered by the server (not the web app):
 * the self sign-in /s/{code} and the volunteer page /v/{code} — and a micro-grant round's public
 * page /r/{code}, a ballot slip's page /b/{code} (deliberation/ballot-page.ts), a meeting's public summary /m/{code} (deliberation/meeting-summary-page.ts), and a community's spaces page /h/{id} (opening hours, this week's bookings, honours). Mounted by app.ts before the web
 * app's fallback; they are outside the OpenAPI document (they answer HTML, not the API), so the
 * access matrix and the form fuzz suite read them from here.
 */
export const publicPageRouters = [
  signInPageRoutes,
  volunteerPageRoutes,
  roundPageRoutes,
  ballotPageRoutes,
  meetingSummaryPageRoutes,
  hoursPageRoutes,
];

/** 'GET /s/{code}', 'POST /s/{code}', …: every method and path the public pages answer. */
export function publicPageRoutes(): string[] {
  const routes = publicPageRouters.flatMap((router) =>
    router.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
  );
  return [...new Set(routes)];
}
