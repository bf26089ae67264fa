import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FSRS_JS_URL, FSRS_WASM_URL } from '@/lib/optimizer/protocol';
import { fsrsVendorFiles } from './vendor-fsrs';

it('the committed fsrs-browser copy in public/vendor is what npm run vendor-fsrs writes', () => {
  const files = fsrsVendorFiles();
  expect([...files.keys()]).toEqual(
    expect.arrayContaining([`public${FSRS_JS_URL}`, `public${FSRS_WASM_URL}`]),
  );
  for (const [path, bytes] of files) {
    expect(existsSync(path), path).toBe(true);
    expect(readFileSync(path).equals(bytes), path).toBe(true);
  }
});
