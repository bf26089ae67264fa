import { parseSettings, type Settings } from '@/lib/settings/settings';
import { SYNC_DEVICE, type TriglotDb } from './schema';
import { nextSeq } from '@/lib/srs/events';

const KEY = 'settings';

export async function readSettings(db: TriglotDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return parseSettings(row?.value);
}

/** Merge a change into the stored settings in one transaction, so two tabs never lose each other's edits. */
export async function updateSettings(
  db: TriglotDb,
  change: Partial<Settings>,
  now = 0,
): Promise<Settings> {
  return db.transaction('rw', [db.settings, db.meta], async () => {
    const current = await readSettings(db);
    const next = parseSettings({
      ...current,
      ...change,
      hint: { ...current.hint, ...change.hint },
      learn: { ...current.learn, ...change.learn },
      voice: { ...current.voice, ...change.voice },
    });
    await db.settings.put({ key: KEY, value: next });
    // With sync on, each changed key gets a clock: the latest change wins on every device.
    const changed = (Object.keys(change) as (keyof Settings)[]).filter(
      (k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]),
    );
    await stampSettings(db, changed, now);
    return next;
  });
}

/** Per setting, the clock of its last change: last writer wins by (seq, device), on every device alike. */
export interface SettingClock {
  readonly seq: number;
  readonly device: string;
}
export const SETTINGS_CLOCK = 'settingsClock';
type Clocks = Partial<Record<keyof Settings, SettingClock>>;

/** Called by updateSettings in its transaction: the changed keys get this device's next clock. */
async function stampSettings(
  db: TriglotDb,
  keys: readonly (keyof Settings)[],
  now: number,
): Promise<void> {
  const device = (await db.meta.get(SYNC_DEVICE))?.value;
  if (typeof device !== 'string' || !keys.length) return;
  const last = (await db.meta.get('lastSeq'))?.value;
  const seq = nextSeq(typeof last === 'number' ? last : 0, now);
  await db.meta.put({ key: 'lastSeq', value: seq });
  const clocks = ((await db.meta.get(SETTINGS_CLOCK))?.value ?? {}) as Clocks;
  const next: Clocks = { ...clocks };
  for (const k of keys) next[k] = { seq, device };
  await db.meta.put({ key: SETTINGS_CLOCK, value: next });
}
