import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTriglotDb, type TriglotDb } from './schema';
import { readSettings, updateSettings } from './settings-repo';

let db: TriglotDb;
let n = 0;
beforeEach(async () => {
  db = openTriglotDb(`settings-repo-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('updateSettings', () => {
  it("merges one language's voice into the others", async () => {
    await updateSettings(db, { voice: { de: 'uri:de' } });
    await updateSettings(db, { voice: { it: 'uri:it' }, studyMode: 'listen' });
    const s = await readSettings(db);
    expect(s.voice).toEqual({ de: 'uri:de', it: 'uri:it' });
    expect(s.studyMode).toBe('listen');
  });

  it('reads a row stored before listening existed as reading with default voices', async () => {
    await db.settings.put({ key: 'settings', value: { newPerDay: 7, clozeMode: 'choice' } });
    const s = await readSettings(db);
    expect(s).toMatchObject({ newPerDay: 7, clozeMode: 'choice', studyMode: 'read', voice: {} });
  });
});
