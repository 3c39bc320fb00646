/**
 * This capability's pages (volunteer service hours and certificates). `volunteeringRoutes()` is placed by app.tsx inside the signed-in
 * area; `volunteeringPublicRoutes()` outside it (pages a resident opens without an account). Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function volunteeringRoutes() {
  return null;
}

export function volunteeringPublicRoutes() {
  return null;
}
