/**
 * This capability's pages (printable PDFs (sign-in sheet, activity record sheet)). `documentsRoutes()` is placed by app.tsx inside the signed-in
 * area. Return
 * <Route> elements (a fragment is fine: React Router reads through it). Load pages lazily.
 */
export function documentsRoutes() {
  return null;
}
