/**
 * npm run bench (sync): a first sync between two devices at scale, 100,000 answers
 * over 10,000 cards by default (BENCH_SYNC_EVENTS, BENCH_SYNC_CARDS), on
 * fake-indexeddb and PouchDB's memory adapter in Node (the server is one more
 * in-memory PouchDB: replication itself is the same code as against CouchDB).
 * Measures the phone's first push (outbox → log documents → server) and the
 * laptop's first pull (server → replica → merge and replay), checks nothing was
 * lost, and reports the longest the event loop was held (what a learner answering
 * meanwhile would wait for).
 */
import 'fake-indexeddb/auto';
import { createRequire } from 'node:module';
import { eventCount, seedLogs } from '@/lib/db/fixtures';
import { openTriglotDb, type EventRow } from '@/lib/db/schema';
import { enableOutbox } from '@/lib/db/sync-repo';
import { startSync, type PouchCtor } from '@/lib/sync/engine';
import { recordResults } from './lib/results';
import { spreadAnswers } from './lib/answer-lines';

const EVENTS = Number(process.env.BENCH_SYNC_EVENTS ?? 100_000);
const CARDS = Number(process.env.BENCH_SYNC_CARDS ?? 10_000);
const NOW = new Date(2026, 10, 23, 9, 0).getTime();

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-replication'))
  .defaults({ adapter: 'memory' }) as PouchCtor;

/** The longest gap between timer ticks while `f` runs: how long the loop was held. */
async function timed<T>(
  f: () => Promise<T>,
): Promise<{ value: T; ms: number; maxStallMs: number }> {
  let last = performance.now();
  let maxStall = 0;
  const tick = setInterval(() => {
    const t = performance.now();
    maxStall = Math.max(maxStall, t - last - 10);
    last = t;
  }, 10);
  const start = performance.now();
  const value = await f();
  const ms = performance.now() - start;
  clearInterval(tick);
  return { value, ms: Math.round(ms), maxStallMs: Math.round(maxStall) };
}

function seedEvents(): EventRow[] {
  return spreadAnswers({ count: EVENTS, cards: CARDS, days: 365, now: NOW, seed: 11 });
}

async function main() {
  console.log(
    `sync: ${EVENTS.toLocaleString('en')} answers over ${CARDS.toLocaleString('en')} cards`,
  );
  const phone = openTriglotDb(`bench-sync-phone-${Date.now()}`);
  const laptop = openTriglotDb(`bench-sync-laptop-${Date.now()}`);
  await seedLogs(phone, seedEvents());
  await phone.meta.put({ key: 'lastSeq', value: NOW });
  const server = `bench-server-${Date.now()}`;
  let merged = 0;
  const run = (db: typeof phone, name: string) =>
    startSync({
      PouchDB,
      db,
      config: { url: server, user: 'u', password: 'p' },
      localName: `bench-${name}-${Date.now()}`,
      now: () => NOW,
      onStatus: () => {},
      onMerged: (n) => (merged += n),
    });
  const push = await timed(async () => {
    await enableOutbox(phone, 'phone');
    const h = run(phone, 'phone');
    await h.settled();
    return h;
  });
  console.log(`phone first push: ${push.ms} ms (longest stall ${push.maxStallMs} ms)`);
  await enableOutbox(laptop, 'laptop');
  const pull = await timed(async () => {
    const h = run(laptop, 'laptop');
    // Done once every event is merged (counted as merges report them: a scan of the
    // logs while waiting would itself hold the loop).
    while (merged < EVENTS) await new Promise((r) => setTimeout(r, 100));
    return h;
  });
  console.log(
    `laptop first pull + merge + replay: ${pull.ms} ms (longest stall ${pull.maxStallMs} ms)`,
  );
  const got = await eventCount(laptop);
  if (got !== EVENTS) throw new Error(`laptop has ${got} of ${EVENTS} events`);
  await push.value.stop();
  await pull.value.stop();
  recordResults('sync', {
    events: EVENTS,
    cards: CARDS,
    pushMs: push.ms,
    pushMaxStallMs: push.maxStallMs,
    pullMs: pull.ms,
    pullMaxStallMs: pull.maxStallMs,
  });
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
