/**
 * The dependency rule of ../shared/style.md: dependencies point inward.
 * web → core; server → db → core; cli → server, db, demo, core; demo → core; core → (zod only).
 */
const pkg = (name) => `^packages/${name}/`;
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
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.tsbuild|dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
