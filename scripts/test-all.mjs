// `npm test`: typecheck, lint, unit tests (vitest) and browser tests (Playwright driving
// Chromium against the browser shell). Every step runs even when an earlier one fails,
// so one run reports everything; the last line is `N passed, N failed` over all of it
// (typecheck and lint, with the format check, count as one test each).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tally = { passed: 0, failed: 0 };
const lines = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, ok) {
  tally[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

step('typecheck', run('Typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']));
// Lint covers the layer rules (eslint) and the one code format (prettier --check).
const eslintOk = run('Lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
const formatOk = run('Format (prettier --check)', bin('prettier'), ['--check', '.']);
step('lint (incl. layer rules and format)', eslintOk && formatOk);
// Electron's security checklist, as Doyensec's electronegativity reads the shells.
step(
  'electronegativity',
  run('Electron security scan (electronegativity)', process.execPath, [join(root, 'scripts', 'electronegativity.mjs')]),
);

// The built app: the browser tests and the tests of built entry points use it.
const built = buildIfNeeded() === 0;
if (!built) step('build', false);

// Unit tests
const vitestOut = join(root, '.vitest-results.json');
rmSync(vitestOut, { force: true });
const unitOk = run('Unit tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestOut}`,
]);
if (existsSync(vitestOut)) {
  const r = JSON.parse(readFileSync(vitestOut, 'utf8'));
  tally.passed += r.numPassedTests;
  tally.failed += r.numFailedTests + (unitOk || r.numFailedTests > 0 ? 0 : 1);
  lines.push(
    `vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
} else {
  step('vitest (no results written)', false);
}

const pwOut = join(root, '.playwright-results.json');
rmSync(pwOut, { force: true });
const e2eOk =
  built &&
  run('Browser tests (Playwright + Chromium)', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut,
  });
if (existsSync(pwOut)) {
  const s = JSON.parse(readFileSync(pwOut, 'utf8')).stats;
  const failed = s.unexpected + s.flaky;
  tally.passed += s.expected;
  tally.failed += failed + (e2eOk || failed > 0 ? 0 : 1);
  lines.push(`playwright: ${s.expected} passed, ${failed} failed, ${s.skipped} skipped`);
} else if (built) {
  step('playwright (no results written)', false);
}

console.log('\nSummary');
for (const l of lines) console.log(`  ${l}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
