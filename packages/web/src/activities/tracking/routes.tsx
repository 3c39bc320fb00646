/**
 * This capability's pages (staff tracking logs (追踪日志) and merging suspected duplicates). `trackingRoutes()` is placed by app.tsx inside the signed-in
 * area. Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function trackingRoutes() {
  return null;
}
