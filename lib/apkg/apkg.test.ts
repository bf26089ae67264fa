import { readFileSync } from 'node:fs';
import type { Database, SqlJsStatic } from 'sql.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleBundle, Card } from '@/lib/corpus/model';
import type { CardId } from '@/lib/corpus/types';
import { apkgExportData, importAnkiHistory } from '@/lib/db/apkg-repo';
import { dumpAll } from '@/lib/db/backup-repo';
import { putArticle } from '@/lib/db/content-repo';
import { allEvents } from '@/lib/db/event-repo';
import { openTriglotDb, type TriglotDb } from '@/lib/db/schema';
import { resetCard, saveAnswer, suspendCard, undoAnswer } from '@/lib/db/study-repo';
import { srsSettings } from '@/lib/settings/settings';
import { countedAnswers, type EventId } from '@/lib/srs/events';
import type { Grade } from '@/lib/srs/grade';
import { decayOf } from './decay';
import { difficultyFactor, type ExportInput } from './export';
import { cardAnkiId, noteAnkiId, noteGuid } from './ids';
import { revlogEvents } from './import';
import { exportApkg, importApkg } from './package-io';
import { readPackage } from './package';
import { loadSql } from './sqljs';

const bbc = JSON.parse(
  readFileSync('public/data/articles/bbc-russia-syria.json', 'utf8'),
) as ArticleBundle;
const T0 = Date.UTC(2026, 2, 2, 9);
const NOW = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;

let SQL: SqlJsStatic;
let db: TriglotDb;
let answers = 0;
beforeAll(async () => {
  SQL = await loadSql();
});
beforeEach(async () => {
  db = openTriglotDb('apkg-test');
  await db.open();
  await putArticle(db, bbc, 'shipped', 'v', T0);
});
afterEach(async () => {
  await db.delete();
});

async function answer(
  target: TriglotDb,
  cardId: CardId,
  grade: Grade,
  at: number,
): Promise<EventId> {
  const content = (await target.content.get(cardId))!;
  return saveAnswer(target, {
    id: `an.t${answers++}` as EventId,
    cardId,
    course: content.lang,
    sibling: content.sibling,
    review: at,
    grade,
    durationMs: 1000 + (at % 7000),
    from: (await target.cards.get(cardId))?.state ?? 'new',
  });
}

/** A history of every kind on a few German cards: steps, reviews, lapses, an undo, a reset. */
async function study(target: TriglotDb, opts: { suspend?: boolean } = {}) {
  const de = bbc.cards.filter((c) => c.lang === 'de');
  const cloze = de.filter((c) => c.kind === 'cloze').slice(0, 4);
  const understand = de.find((c) => c.kind === 'understand')!;
  const produce = de.find((c) => c.kind === 'produce' && c.unit === understand.unit)!;
  const picked = [...cloze, understand, produce];
  const plan: Grade[][] = [[3, 3, 3, 1, 3], [4, 3], [1, 1, 3, 3], [2], [3, 3, 4], [3]];
  for (const [i, card] of picked.entries()) {
    let at = T0 + i * 1000;
    for (const grade of plan[i]!) {
      await answer(target, card.id, grade, at);
      at += grade === 1 ? 600_000 : 3 * DAY;
    }
  }
  // An answer taken back is not a review; a reset is Anki's Forget.
  const undone = await answer(target, picked[3]!.id, 4, T0 + 20 * DAY);
  await undoAnswer(target, picked[3]!.id, undone, T0 + 20 * DAY + 5);
  const key = { cardId: picked[1]!.id, course: 'de' as const, sibling: picked[1]!.sibling };
  await resetCard(target, key, T0 + 30 * DAY);
  await answer(target, picked[1]!.id, 3, T0 + 31 * DAY);
  if (opts.suspend) {
    const k = { cardId: picked[2]!.id, course: 'de' as const, sibling: picked[2]!.sibling };
    await suspendCard(target, k, true, T0 + 32 * DAY);
  }
  return picked;
}

async function exportOf(source: TriglotDb, now = NOW): Promise<Uint8Array> {
  const data = await apkgExportData(source, ['de']);
  const srs = srsSettings(data.settings);
  const input: ExportInput = {
    cards: data.cards,
    logs: data.logs,
    scheduler: data.scheduler,
    schedulerFor: data.schedulerFor,
    desiredRetention: srs.desiredRetention,
    decay: decayOf(srs),
    hintLang: () => 'en',
    source: (c: Card) => data.titles.get(c.article) ?? c.article,
    deckName: () => 'Triglot::German',
    now,
  };
  return (await exportApkg(SQL, input)).bytes;
}

function open(apkg: Uint8Array): Database {
  return new SQL.Database(readPackage(apkg));
}

const all = (d: Database, sql: string) => {
  const r = d.exec(sql)[0];
  return r ? r.values.map((v) => Object.fromEntries(r.columns.map((c, i) => [c, v[i]]))) : [];
};

describe('the exported .apkg', () => {
  it('holds every card as a note of ours, one revlog row per review, and the FSRS state', async () => {
    const picked = await study(db, { suspend: true });
    const apkg = await exportOf(db);
    const anki = open(apkg);
    const de = bbc.cards.filter((c) => c.lang === 'de');

    expect(all(anki, 'SELECT ver FROM col')[0]!['ver']).toBe(11);
    const notes = all(anki, 'SELECT id, guid, flds FROM notes');
    const guids = new Set(de.map((c) => noteGuid(c.id, c.kind)));
    expect(new Set(notes.map((n) => n['guid']))).toEqual(guids);
    for (const n of notes) expect(n['id']).toBe(noteAnkiId(String(n['guid'])));
    const cloze = de.find((c) => c.kind === 'cloze')!;
    const flds = String(notes.find((n) => n['guid'] === cloze.id)!['flds']).split('\x1f');
    expect(flds[0]).toContain(`{{c1::${cloze.kind === 'cloze' ? cloze.cloze.answer : ''}`);
    expect(flds[4]).toBe(cloze.kind === 'cloze' ? cloze.cloze.lemma : '');

    const cards = all(anki, 'SELECT * FROM cards');
    expect(cards).toHaveLength(de.length);
    const byCid = new Map(cards.map((c) => [c['id'], c]));
    const events = await allEvents(db);
    for (const card of picked) {
      const row = byCid.get(cardAnkiId(card.id))!;
      const state = (await db.cards.get(card.id))!;
      expect(row['ord']).toBe(card.kind === 'produce' ? 1 : 0);
      const data = JSON.parse(String(row['data'])) as Record<string, number>;
      expect(data['s']).toBeCloseTo(state.stability, 4);
      expect(data['d']).toBeCloseTo(state.difficulty, 3);
      expect(data['dr']).toBe(0.9);
      expect(data['lrt']).toBe(Math.floor(state.lastReview! / 1000));
      expect(row['reps']).toBe(state.reps);
      expect(row['lapses']).toBe(state.lapses);
      expect(row['queue']).toBe(state.suspended ? -1 : state.state === 'review' ? 2 : 1);

      const mine = countedAnswers(events.filter((e) => e.cardId === card.id)).sort(
        (x, y) => x.at - y.at,
      );
      const revs = all(
        anki,
        `SELECT * FROM revlog WHERE cid = ${cardAnkiId(card.id)} AND ease > 0 ORDER BY id`,
      );
      expect(revs.map((r) => [r['id'], r['ease'], r['time']])).toEqual(
        mine.map((e) => [e.at, e.grade, e.durationMs]),
      );
      const last = revs.at(-1)!;
      if (state.state === 'review') expect(last['ivl']).toBe(state.scheduledDays);
      expect(last['factor']).toBe(difficultyFactor(state.difficulty));
    }
    const answered = countedAnswers(events).length;
    expect(all(anki, 'SELECT count(*) AS n FROM revlog WHERE ease > 0')[0]!['n']).toBe(answered);
    // The reset is Anki's Forget: a manual row.
    expect(all(anki, 'SELECT count(*) AS n FROM revlog WHERE ease = 0 AND type = 4')[0]!['n']).toBe(
      1,
    );
    const fresh = byCid.get(cardAnkiId(de.find((c) => !picked.includes(c))!.id))!;
    expect([fresh['type'], fresh['queue'], fresh['data']]).toEqual([0, 0, '{}']);
    anki.close();
  });

  it('has the same ids (and bytes) when exported twice', async () => {
    await study(db);
    const a = await exportOf(db);
    const b = await exportOf(db);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = open(await exportOf(db, NOW + 40 * DAY));
    const first = open(a);
    for (const sql of [
      'SELECT id, guid FROM notes ORDER BY id',
      'SELECT id, nid, did, ord FROM cards ORDER BY id',
      'SELECT id, cid FROM revlog ORDER BY id',
    ])
      expect(all(later, sql)).toEqual(all(first, sql));
    const models = (d: Database) =>
      Object.values(
        JSON.parse(String(all(d, 'SELECT models FROM col')[0]!['models'])) as object[],
      ).map((m) => [(m as { id: number }).id, (m as { name: string }).name]);
    expect(models(later)).toEqual(models(first));
  });
});

describe('import of a Triglot-made .apkg', () => {
  const projection = (events: Awaited<ReturnType<typeof allEvents>>) =>
    countedAnswers(events)
      .map((e): unknown[] => [e.cardId, e.at, e.grade, e.durationMs, e.from])
      .concat(events.filter((e) => e.kind === 'reset').map((e) => [e.cardId, e.at, 'reset']))
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])) || Number(x[1]) - Number(y[1]));

  async function importInto(target: TriglotDb, apkg: Uint8Array) {
    const read = importApkg(SQL, apkg);
    return importAnkiHistory(
      target,
      [...read.triglot.keys()].sort(),
      (id, course, after) => revlogEvents(id, course, read.triglot.get(id) ?? [], after),
      NOW,
    );
  }

  it('round trip into an empty library: the same answers and resets, the same states, once', async () => {
    await study(db);
    const apkg = await exportOf(db);
    const other = openTriglotDb('apkg-test-other');
    try {
      await putArticle(other, bbc, 'shipped', 'v', T0);
      const result = await importInto(other, apkg);
      expect(result.addedAnswers).toBe(countedAnswers(await allEvents(db)).length);
      expect(projection(await allEvents(other))).toEqual(projection(await allEvents(db)));
      const states = async (d: TriglotDb) =>
        (await dumpAll(d)).cards.map(({ head: _h, seq: _s, ...rest }) => rest);
      expect(await states(other)).toEqual(await states(db));
      // Again: nothing new (the LWT rule and the ids made from card and time).
      const again = await importInto(other, apkg);
      expect(again.addedEvents).toBe(0);
      expect(projection(await allEvents(other))).toEqual(projection(await allEvents(db)));
    } finally {
      await other.delete();
    }
  });

  it('takes only the reviews after our last one per card, in order, and replays', async () => {
    const picked = await study(db);
    const apkg = await exportOf(db);
    const other = openTriglotDb('apkg-test-lwt');
    try {
      await putArticle(other, bbc, 'shipped', 'v', T0);
      // Here the first card was answered after all of Anki's reviews: none of them is taken.
      await answer(other, picked[0]!.id, 3, T0 + 60 * DAY);
      // The third card has one answer here, between Anki's first and second.
      await answer(other, picked[2]!.id, 1, T0 + 2 * 1000 + 1);
      await importInto(other, apkg);
      const events = await allEvents(other);
      const of = (id: CardId) =>
        countedAnswers(events.filter((e) => e.cardId === id))
          .map((e) => e.at)
          .sort();
      expect(of(picked[0]!.id)).toEqual([T0 + 60 * DAY]);
      const source = countedAnswers(
        (await allEvents(db)).filter((e) => e.cardId === picked[2]!.id),
      ).map((e) => e.at);
      expect(of(picked[2]!.id)).toEqual([T0 + 2001, ...source.slice(1)].sort());
      const row = (await other.cards.get(picked[2]!.id))!;
      expect(row.reps).toBe(source.length);
    } finally {
      await other.delete();
    }
  });
});
