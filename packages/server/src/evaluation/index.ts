import { evaluationFileRoutes } from './file-routes';
import { evaluationResultRoutes } from './result-routes';
import { evaluationCampaignRoutes } from './routes';
import { evaluationSheetRoutes } from './sheet-routes';

/** The evaluation capability's routers, mounted by app.ts. */
export const evaluationRoutes = [
  evaluationCampaignRoutes,
  evaluationSheetRoutes,
  evaluationResultRoutes,
  evaluationFileRoutes,
];
