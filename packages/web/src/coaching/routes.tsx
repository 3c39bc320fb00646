/**
 * This capability's pages (coaching sessions, cultivation plans and the workload view). `coachingRoutes()` is placed by app.tsx inside the signed-in
 * area. Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function coachingRoutes() {
  return null;
}
