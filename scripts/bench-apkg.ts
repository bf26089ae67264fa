/**
 * The Anki package at scale, in Node (the code the backup Worker runs, without
 * IndexedDB): a German course of BENCH_APKG_CARDS cloze cards with
 * BENCH_APKG_REVIEWS answers each (replayed by the app's scheduler), written as
 * an .apkg and read back into events. Prints wall and CPU time (the machine is
 * often shared: CPU time is the steadier figure) and records them.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { decayOf } from '@/lib/apkg/decay';
import { revlogEvents } from '@/lib/apkg/import';
import { exportApkg, importApkg } from '@/lib/apkg/package-io';
import { loadSql } from '@/lib/apkg/sqljs';
import { joinCard, type ArticleBundle, type Card } from '@/lib/corpus/model';
import type { CardId } from '@/lib/corpus/types';
import { defaultSettings, srsSettings } from '@/lib/settings/settings';
import { replayCard, type CardEvent, type EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { createScheduler } from '@/lib/srs/scheduler';
import { recordResults } from './lib/results';

const CARDS = Number(process.env.BENCH_APKG_CARDS ?? 20_000);
const REVIEWS = Number(process.env.BENCH_APKG_REVIEWS ?? 10);
const DAY = 86_400_000;

const bbc = JSON.parse(
  readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8'),
) as ArticleBundle;
const units = new Map(bbc.article.units.map((u) => [u.id, u]));
const base = bbc.cards
  .filter((c) => c.lang === 'de' && c.kind === 'cloze')
  .map((c) => joinCard(c, units.get(c.unit)!));
const cards: Card[] = Array.from({ length: CARDS }, (_, i) => {
  const c = base[i % base.length]!;
  const copy = Math.floor(i / base.length);
  return { ...c, id: `de:bench${copy}:cloze:${c.id.split(':').at(-1)}` as CardId };
});
const srs = srsSettings(defaultSettings);
const scheduler = createScheduler(srs);
const T0 = Date.UTC(2025, 0, 1);
const logs = new Map<CardId, CardEvent[]>();
cards.forEach((c, i) => {
  const events: CardEvent[] = [];
  let t = T0 + i * 1000;
  for (let k = 0; k < REVIEWS; k++) {
    const state = replayCard(events, scheduler)?.state;
    const grade = ((k * 7 + i) % 4 === 0 ? 1 : 3) as Grade;
    const from = state?.state ?? 'new';
    const id = `an.${c.id}.${k}` as EventId;
    events.push({
      kind: 'answer',
      grade,
      durationMs: 4000,
      from,
      id,
      seq: t,
      cardId: c.id,
      course: 'de',
      at: t,
    });
    t += Math.max(600_000, (state?.scheduledDays ?? 0) * DAY);
  }
  logs.set(c.id, events);
});

const SQL = await loadSql();
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
let cpu = process.cpuUsage();
let wall = performance.now();
const { bytes, counts } = await exportApkg(SQL, {
  cards,
  logs,
  scheduler,
  desiredRetention: srs.desiredRetention,
  decay: decayOf(srs),
  hintLang: () => 'en',
  source: () => 'BBC Newsbeat',
  deckName: () => 'Triglot::German',
  now: Date.UTC(2026, 11, 1),
});
const exportWall = performance.now() - wall;
const exportCpu = cpuMs(process.cpuUsage(cpu));
cpu = process.cpuUsage();
wall = performance.now();
const read = importApkg(SQL, bytes);
let events = 0;
for (const [id, revlog] of read.triglot) events += revlogEvents(id, 'de', revlog, -Infinity).length;
const readWall = performance.now() - wall;
const readCpu = cpuMs(process.cpuUsage(cpu));
if (events !== counts.revlog) throw new Error(`read back ${events} of ${counts.revlog} reviews`);

const load = loadavg()[0]!.toFixed(2);
console.log(`apkg (Node, ${counts.cards} cards, ${counts.revlog} reviews, load ${load})`);
console.log(
  `  export:            ${(exportWall / 1000).toFixed(1)} s wall, ${(exportCpu / 1000).toFixed(1)} s CPU`,
);
console.log(
  `  read into events:  ${(readWall / 1000).toFixed(1)} s wall, ${(readCpu / 1000).toFixed(1)} s CPU`,
);
console.log(`  package:           ${(bytes.length / 1e6).toFixed(1)} MB`);
recordResults('node_apkg', {
  apkg_cards: counts.cards,
  apkg_reviews: counts.revlog,
  apkg_export_ms: exportWall,
  apkg_export_cpu_ms: exportCpu,
  apkg_read_ms: readWall,
  apkg_read_cpu_ms: readCpu,
  apkg_bytes: bytes.length,
});
