// Prints one closing line for the whole run, "N passed, N failed", from the
// unit and browser test reports (CI reads it; each runner prints its own too).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
}
if (existsSync('reports/playwright.json')) {
  const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
}
if (process.argv[2] && process.argv[2] !== '0' && failed === 0) failed = 1;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
