/**
 * This capability's pages (activities: the leader's phone form, lists, the activity page, planned activities and public sign-in). `activityRoutes()` is placed by app.tsx inside the signed-in
 * area; `activityPublicRoutes()` outside it (pages a resident opens without an account). Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function activityRoutes() {
  return null;
}

export function activityPublicRoutes() {
  return null;
}
