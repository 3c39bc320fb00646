import { newRouter } from '../http/router';

/** Residents and activists: visits, trust, consent, export, erasure, duplicates. */
export const peopleRoutes = newRouter();
