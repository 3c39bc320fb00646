import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { accountManagementRoutes } from './accounts/account-routes';
import { passwordResetRoutes } from './accounts/password-reset-routes';
import { accountRoutes } from './accounts/routes';
import { mediaRoutes } from './activities/media-routes';
import { activityRoutes } from './activities/routes';
import { allocationBookingRoutes } from './allocation/booking-routes';
import { allocationDisputeRoutes } from './allocation/dispute-routes';
import { mountApiReference } from './api-reference';
import { booksFileRoutes } from './books/file-routes';
import { booksRoutes } from './books/routes';
import { chatAdoptionRoutes } from './chat/adoption-routes';
import { chatAnalysisRoutes } from './chat/analysis-routes';
import { chatGroupRoutes } from './chat/group-routes';
import { chatImportRoutes } from './chat/import-routes';
import { chatRosterRoutes } from './chat/roster-routes';
import { coachingRoutes } from './coaching/routes';
import { communityRoutes } from './communities/routes';
import { deliberationMinutesRoutes } from './deliberation/minutes-routes';
import { deliberationRoutes } from './deliberation/routes';
import { deliberationVoteRoutes } from './deliberation/vote-routes';
import { documentRoutes } from './documents/routes';
import { evaluationRoutes } from './evaluation';
import { FileStoreUnavailableError } from './files/file-store';
import { grantMoneyRoutes } from './grants/agreement-routes';
import { grantRoutes } from './grants/routes';
import { healthRoutes } from './health';
import { requestBodyLimit } from './http/body-limits';
import type { AppDependencies, AppEnv } from './http/env';
import { failWith } from './http/errors';
import { inputPolicy } from './http/input-policy';
import { localeMiddleware } from './http/locale';
import { requestLogger } from './http/logging';
import { normalisePublicUrl } from './http/public-origin';
import { createRateLimiter } from './http/rate-limit';
import { rememberScriptSource } from './http/remember-script';
import { sessionMiddleware } from './http/session';
import { storedFileHeaders } from './http/stored-file';
import { validationHook } from './http/validation';
import { organizationRoutes } from './organizations/routes';
import { peopleRoutes } from './people/routes';
import { publicPageRouters } from './public-pages';
import { publicityRoutes } from './publicity/routes';
import { reportRoutes } from './reports/routes';
import { trackingRoutes } from './tracking/routes';
import { trainingRoutes } from './training/routes';
import { volunteeringRoutes } from './volunteering/routes';
import { mountWebApp } from './web-app';

export function createApp(dependencies: AppDependencies) {
  const deps = {
    db: dependencies.db,
    logger: dependencies.logger,
    files: dependencies.files,
    now: dependencies.now ?? (() => new Date()),
    loginLimiter: createRateLimiter({ limit: dependencies.loginAttemptsPerMinute ?? 10, windowMs: 60_000 }),
    publicOrigin: dependencies.publicUrl ? normalisePublicUrl(dependencies.publicUrl) : null,
    publicWriteLimiter: createRateLimiter({ limit: dependencies.publicWritesPerMinute ?? 300, windowMs: 60_000 }),
    signInLimiter: createRateLimiter({ limit: dependencies.signInsPerAddressAndCodePerMinute ?? 30, windowMs: 60_000 }),
    trustProxyHops: dependencies.trustProxyHops ?? 0,
  };
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', localeMiddleware);
  app.use('*', requestLogger);
  app.use('/api/*', storedFileHeaders);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The public pages' one inline script, by its hash (http/remember-script.ts); no other.
        scriptSrc: ["'self'", rememberScriptSource],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', requestBodyLimit);
  app.use('/api/*', sessionMiddleware);
  app.use('/api/*', inputPolicy);

  for (const routes of [
    healthRoutes,
    accountRoutes,
    accountManagementRoutes,
    passwordResetRoutes,
    communityRoutes,
    reportRoutes,
    organizationRoutes,
    peopleRoutes,
    activityRoutes,
    mediaRoutes,
    trackingRoutes,
    coachingRoutes,
    volunteeringRoutes,
    publicityRoutes,
    documentRoutes,
    booksRoutes,
    booksFileRoutes,
    grantRoutes,
    trainingRoutes,
    ...grantMoneyRoutes,
    allocationBookingRoutes,
    allocationDisputeRoutes,
    deliberationRoutes,
    deliberationVoteRoutes,
    deliberationMinutesRoutes,
    ...evaluationRoutes,
    chatAdoptionRoutes,
    chatAnalysisRoutes,
    chatGroupRoutes,
    chatImportRoutes,
    chatRosterRoutes,
  ]) {
    app.route('/', routes);
  }
  // The pages residents open from a QR code (/s/, /v/), before the web app's fallback.
  for (const pages of publicPageRouters) app.route('/', pages);
  mountApiReference(app);
  app.all('/api/*', (c) => failWith(c, 'request.not_found'));
  if (dependencies.webDistDir) mountWebApp(app, dependencies.webDistDir);
  app.notFound((c) => failWith(c, 'request.not_found'));

  app.onError((error, c) => {
    // Hono's JSON validator throws a 400 HTTPException for a body that is not JSON.
    if (error instanceof HTTPException && error.status === 400) return failWith(c, 'request.invalid_json');
    if (error instanceof HTTPException && error.status < 500) return failWith(c, 'request.invalid');
    // A full or read-only disk is the operator's to fix, not a bug: say so, in the caller's language.
    if (error instanceof FileStoreUnavailableError) {
      deps.logger.error({ err: error, path: c.req.path }, 'file store unavailable');
      return failWith(c, 'files.unavailable');
    }
    deps.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return failWith(c, 'server.error');
  });
  return app;
}

export type SeedbedApp = ReturnType<typeof createApp>;
