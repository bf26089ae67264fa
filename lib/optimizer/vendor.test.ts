import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FSRS_WASM_URL } from './protocol';

it('the optimizer wasm served to the browser is the installed fsrs-browser one', () => {
  const served = readFileSync(`public${FSRS_WASM_URL}`);
  const installed = readFileSync('node_modules/fsrs-browser/fsrs_browser_bg.wasm');
  expect(served.equals(installed)).toBe(true);
});
