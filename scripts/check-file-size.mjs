#!/usr/bin/env node
// A file over ~300 lines is asking to be split (../shared/style.md "Names and size"). This check
// lists source files above the limit that do not say why in a comment containing "Long on purpose:"
// near the top. Migrations, demo generators, message catalogues and test files are exempt: they are
// long lists by nature. Run by `npm run check`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const limit = 300;
const exempt = [
  /\.test\.tsx?$/,
  /^packages\/db\/src\/migrations\//,
  /^packages\/demo\/src\//,
  /\/messages(\.[a-z-]+)?\.ts$/,
  /\/error-messages\.ts$/,
  /^packages\/web\/src\/i18n\//,
  /^tests\/api\/access\//,
];
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'packages', 'tests'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.tsx?$/.test(file) && !exempt.some((pattern) => pattern.test(file)));

const tooLong = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the working tree
  }
  const lines = text.split('\n').length;
  if (
    lines > limit &&
    !text
      .split('\n')
      .slice(0, 40)
      .some((line) => line.includes('Long on purpose:'))
  ) {
    tooLong.push(`${file}: ${lines} lines`);
  }
}
if (tooLong.length > 0) {
  console.error(
    `Files over ${limit} lines without a "Long on purpose:" comment saying why:\n  ${tooLong.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`file sizes: ${files.length} files, none over ${limit} lines without a reason`);
