// Every test the project has: lint, types, unit, end-to-end. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label} ==`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else failed += 1;
}

step('lint', 'npm', ['run', '-s', 'lint']);
step('typecheck', 'npm', ['run', '-s', 'typecheck']);

const unitJson = 'test-results/unit.json';
rmSync(unitJson, { force: true });
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);
if (existsSync(unitJson)) {
  const report = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (unitOk || report.numFailedTests > 0 ? 0 : 1);
  // The server's request cases run twice, on Node and in workerd: say how many ran where.
  const countIn = (pattern) => {
    const results = report.testResults
      .filter((file) => pattern.test(file.name))
      .flatMap((file) => file.assertionResults);
    return `${results.filter((r) => r.status === 'passed').length} of ${results.length}`;
  };
  console.log(
    `Server request tests passing: Node ${countIn(/\.node\.test\.ts$/)}, ` +
      `workerd ${countIn(/\.workerd\.test\.ts$/)} (included in the unit tests above)`,
  );
} else failed += 1;

const e2eJson = 'test-results/e2e.json';
rmSync(e2eJson, { force: true });
if (!findChromium()) {
  console.error(HOW_TO_GET_CHROMIUM);
  failed += 1;
} else {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    // "flaky" passed on retry; it still counts as passed, and the list above names it.
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1);
  } else failed += 1;
}

// The core journeys again in Firefox and WebKit (and Chromium), through one thin driver.
const enginesJson = 'test-results/engines.json';
rmSync(enginesJson, { force: true });
run('journeys in every engine', 'npx', ['tsx', 'e2e/engines/run.ts']);
if (existsSync(enginesJson)) {
  const engines = JSON.parse(readFileSync(enginesJson, 'utf8'));
  passed += engines.passed;
  failed += engines.failed;
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
