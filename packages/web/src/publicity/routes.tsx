/**
 * This capability's pages (publicity drafts, share pages, posters, the feed and what is on). `publicityRoutes()` is placed by app.tsx inside the signed-in
 * area; `publicityPublicRoutes()` outside it (pages a resident opens without an account). Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function publicityRoutes() {
  return null;
}

export function publicityPublicRoutes() {
  return null;
}
