/**
 * Triglot's cards and their history as an Anki schema-11 collection: cloze
 * notes, translation notes (one Basic-and-reversed note per sentence: understand
 * is its front card, produce its reverse), one revlog row per answer that counts
 * (and a manual row per reset, as Anki's Forget writes), and each card's FSRS
 * memory state in `cards.data`, as Anki keeps it, so Anki schedules on from here.
 * Pure: sql.js is handed in, the clock is `now`.
 */
import type { Database } from 'sql.js';
import type { Card } from '@/lib/corpus/model';
import type { CardId, Lang } from '@/lib/corpus/types';
import type { CardState } from '@/lib/srs/card-state';
import {
  applyEvent,
  countedAnswers,
  effectiveEvents,
  type CardEvent,
  type Fold,
} from '@/lib/srs/events';
import type { Scheduler } from '@/lib/srs/scheduler';
import { ankiId, cardAnkiId, noteAnkiId, noteGuid, translationOrd } from './ids';
import { CARD_TYPE, FIELD_SEPARATOR, QUEUE, REVLOG_TYPE, SCHEMA_11 } from './schema';
import { sha1First32 } from './sha1';

const DAY = 86_400_000;

export const CLOZE_MODEL = ankiId('model|triglot-cloze');
export const TRANSLATION_MODEL = ankiId('model|triglot-translation');
export const CLOZE_FIELDS = ['Text', 'Hint', 'Source', 'Gloss', 'Lemma', 'Gender'] as const;
export const TRANSLATION_FIELDS = ['Front', 'Back', 'Source'] as const;

export interface ExportInput {
  /** The cards to export (content joined with texts), any courses. */
  readonly cards: readonly Card[];
  /** Each card's log, as stored. */
  readonly logs: ReadonlyMap<CardId, readonly CardEvent[]>;
  readonly scheduler: Scheduler;
  /** Each course's scheduler where its weights were fitted (lib/db/params-repo.ts); else `scheduler`. */
  readonly schedulerFor?: (course: Lang) => Scheduler;
  readonly desiredRetention: number;
  /** FSRS-6's decay (the last weight), as Anki stores it per card. */
  readonly decay: number;
  /** The sentence shown as a card's hint or meaning. */
  readonly hintLang: (course: Lang) => Lang;
  /** What a note's Source field says (an article's title). */
  readonly source: (card: Card) => string;
  /** A deck per course, under "Triglot". */
  readonly deckName: (course: Lang) => string;
  readonly now: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ExportCounts {
  readonly notes: number;
  readonly cards: number;
  readonly revlog: number;
  readonly answers: number;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Anki's cloze syntax would end early on these. */
const clozeSafe = (text: string) => escapeHtml(text).replace(/}}/g, '} }').replace(/::/g, ': :');

export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Anki's checksum of a note's first field: the first 8 hex digits of its SHA-1, as a number. */
function fieldChecksum(text: string): number {
  return sha1First32(stripHtml(text));
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** FSRS difficulty (1–10) as Anki's revlog factor: (D−1)/9 + 0.1, in thousandths. */
export function difficultyFactor(d: number): number {
  return Math.round(1000 * ((d - 1) / 9 + 0.1));
}

/** revlog's interval: whole days for a review card, negative seconds for a step. */
function intervalOf(state: CardState, time: number): number {
  if (state.state === 'new') return 0;
  if (state.state === 'review') return Math.max(1, Math.round(state.scheduledDays));
  return -Math.max(1, Math.round((state.due - time) / 1000));
}

const REVLOG_TYPE_FROM = {
  new: REVLOG_TYPE.learning,
  learning: REVLOG_TYPE.learning,
  review: REVLOG_TYPE.review,
  relearning: REVLOG_TYPE.relearning,
} as const;

export interface RevlogRow {
  readonly id: number;
  readonly cid: number;
  readonly ease: number;
  readonly ivl: number;
  readonly lastIvl: number;
  readonly factor: number;
  readonly time: number;
  readonly type: number;
}

/**
 * A card's revlog rows (ids still to be made unique across cards) and its state,
 * both from one replay of its log, so what Anki is told is what Triglot did.
 */
export function cardHistory(
  events: readonly CardEvent[],
  scheduler: Scheduler,
  cid: number,
): { rows: Omit<RevlogRow, 'id'>[]; at: number[]; fold: Fold | null } {
  const rows: Omit<RevlogRow, 'id'>[] = [];
  const at: number[] = [];
  const replayed = effectiveEvents(events);
  const inReplay = new Set(replayed.map((r) => r.event.id));
  // Answers before the last snapshot are history only: no states to tell Anki.
  for (const e of countedAnswers(events)) {
    if (inReplay.has(e.id)) continue;
    rows.push({ cid, ease: e.grade, ivl: 0, lastIvl: 0, factor: 0, time: e.durationMs, type: 0 });
    at.push(e.at);
  }
  let fold: Fold | null = null;
  for (const { event, time } of replayed) {
    const before = fold?.state ?? null;
    fold = applyEvent(fold, event, time, scheduler);
    const lastIvl = before ? intervalOf(before, time) : 0;
    if (event.kind === 'answer') {
      rows.push({
        cid,
        ease: event.grade,
        ivl: intervalOf(fold.state, time),
        lastIvl,
        factor: difficultyFactor(fold.state.difficulty),
        time: event.durationMs,
        type: REVLOG_TYPE_FROM[event.from],
      });
      at.push(event.at);
    } else if (event.kind === 'reset') {
      rows.push({ cid, ease: 0, ivl: 0, lastIvl, factor: 0, time: 0, type: REVLOG_TYPE.manual });
      at.push(event.at);
    }
  }
  return { rows, at, fold };
}

interface CardRowOut {
  readonly type: number;
  readonly queue: number;
  readonly due: number;
  readonly ivl: number;
  readonly factor: number;
  readonly reps: number;
  readonly lapses: number;
  readonly left: number;
  readonly data: string;
}

/** Where a card stands, in Anki's columns; `crt` is the collection's day zero (ms). */
export function cardColumns(
  state: CardState | null,
  position: number,
  crt: number,
  input: Pick<ExportInput, 'desiredRetention' | 'decay'>,
): CardRowOut {
  if (!state || state.state === 'new') {
    const queue = state?.suspended ? QUEUE.suspended : QUEUE.new;
    return {
      type: 0,
      queue,
      due: position,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      data: '{}',
    };
  }
  const review = state.state === 'review';
  const type = CARD_TYPE[state.state];
  const queue = state.suspended ? QUEUE.suspended : review ? QUEUE.review : QUEUE.learning;
  const data = JSON.stringify({
    s: round(state.stability, 4),
    d: round(state.difficulty, 3),
    dr: round(input.desiredRetention, 2),
    decay: round(input.decay, 3),
    ...(state.lastReview !== null ? { lrt: Math.floor(state.lastReview / 1000) } : {}),
  });
  return {
    type,
    queue,
    // Review cards are due on a day of the collection; steps at a time, in seconds.
    due: review ? Math.floor((state.due - crt) / DAY) : Math.floor(state.due / 1000),
    ivl: Math.max(review || state.state === 'relearning' ? 1 : 0, Math.round(state.scheduledDays)),
    factor: difficultyFactor(state.difficulty),
    reps: state.reps,
    lapses: state.lapses,
    left: review ? 0 : 1001,
    data,
  };
}

function clozeFields(card: Card & { kind: 'cloze' }, hint: string, source: string): string[] {
  const { start, end, gloss, lemma, gender } = card.cloze;
  const text =
    escapeHtml(card.text.slice(0, start)) +
    `{{c1::${clozeSafe(card.text.slice(start, end))}${gloss ? `::${clozeSafe(gloss)}` : ''}}}` +
    escapeHtml(card.text.slice(end));
  return [
    text,
    escapeHtml(hint),
    escapeHtml(source),
    escapeHtml(gloss ?? ''),
    escapeHtml(lemma),
    gender ?? '',
  ];
}

function models(now: number): Record<string, unknown> {
  const field = (name: string, ord: number) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: 'Arial',
    size: 20,
    media: [],
  });
  const template = (name: string, ord: number, qfmt: string, afmt: string) => ({
    name,
    ord,
    qfmt,
    afmt,
    did: null,
    bqfmt: '',
    bafmt: '',
  });
  const base = {
    mod: Math.floor(now / 1000),
    usn: -1,
    sortf: 0,
    did: null,
    tags: [],
    vers: [],
    latexPre: '\\documentclass[12pt]{article}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    css: '.card { font-family: sans-serif; font-size: 22px; text-align: center; }\n.hint { color: #555; font-size: 18px; margin-top: 1em; }',
  };
  return {
    [CLOZE_MODEL]: {
      ...base,
      id: CLOZE_MODEL,
      name: 'Triglot Cloze',
      type: 1,
      flds: CLOZE_FIELDS.map(field),
      tmpls: [
        template(
          'Cloze',
          0,
          '{{cloze:Text}}<div class="hint">{{Hint}}</div>',
          '{{cloze:Text}}<div class="hint">{{Hint}}</div><hr id=answer>{{#Lemma}}{{Lemma}}{{#Gender}} ({{Gender}}){{/Gender}}<br>{{/Lemma}}<small>{{Source}}</small>',
        ),
      ],
      req: [[0, 'any', [0]]],
    },
    [TRANSLATION_MODEL]: {
      ...base,
      id: TRANSLATION_MODEL,
      name: 'Triglot Translation',
      type: 0,
      flds: TRANSLATION_FIELDS.map(field),
      tmpls: [
        template(
          'Understand',
          0,
          '{{Front}}',
          '{{FrontSide}}<hr id=answer>{{Back}}<br><small>{{Source}}</small>',
        ),
        template(
          'Produce',
          1,
          '{{Back}}',
          '{{FrontSide}}<hr id=answer>{{Front}}<br><small>{{Source}}</small>',
        ),
      ],
      req: [
        [0, 'any', [0]],
        [1, 'any', [1]],
      ],
    },
  };
}

function deck(id: number, name: string, now: number) {
  return {
    id,
    name,
    mod: Math.floor(now / 1000),
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DEFAULT_DCONF = {
  1: {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: 20,
    },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  },
};

export function deckId(course: Lang): number {
  return ankiId(`deck|${course}`);
}

/**
 * Writes the collection into `db` (an empty sql.js database). Two exports of the
 * same data give the same rows: every id comes from a content id or a review time.
 */
export async function buildCollection(db: Database, input: ExportInput): Promise<ExportCounts> {
  const { cards, logs, scheduler, now } = input;
  // Day zero: the start of the day of the first event (or today), UTC, in whole seconds.
  let first = now;
  for (const events of logs.values()) for (const e of events) first = Math.min(first, e.at);
  const crt = Math.floor(first / DAY) * DAY;
  db.exec(SCHEMA_11);
  const courses = [...new Set(cards.map((c) => c.lang))].sort();
  const decks: Record<string, unknown> = { 1: deck(1, 'Default', 0) };
  for (const l of courses) decks[deckId(l)] = deck(deckId(l), input.deckName(l), now);
  const mod = Math.floor(now / 1000);
  const conf = {
    schedVer: 2,
    sched2021: true,
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: CLOZE_MODEL,
    nextPos: cards.length + 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
  db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
    crt / 1000,
    mod * 1000,
    mod * 1000,
    JSON.stringify(conf),
    JSON.stringify(models(now)),
    JSON.stringify(decks),
    JSON.stringify(DEFAULT_DCONF),
    '{}',
  ]);
  const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
  const insertCard = db.prepare(
    'INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)',
  );
  const insertRev = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
  const usedRevlogIds = new Set<number>();
  const notesDone = new Set<string>();
  let revlog = 0;
  let answers = 0;
  db.exec('BEGIN');
  try {
    // Rank order, so Anki introduces new cards in Triglot's order.
    const ordered = [...cards].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
    for (let i = 0; i < ordered.length; i++) {
      const card = ordered[i]!;
      const guid = noteGuid(card.id, card.kind);
      const nid = noteAnkiId(guid);
      const hint = card.hints[input.hintLang(card.lang)] ?? Object.values(card.hints)[0] ?? '';
      const source = input.source(card);
      if (!notesDone.has(guid)) {
        notesDone.add(guid);
        const fields =
          card.kind === 'cloze'
            ? clozeFields(card, hint, source)
            : [escapeHtml(card.text), escapeHtml(hint), escapeHtml(source)];
        const tags = ` triglot triglot::${card.lang} triglot::${card.article} `;
        insertNote.run([
          nid,
          guid,
          card.kind === 'cloze' ? CLOZE_MODEL : TRANSLATION_MODEL,
          mod,
          tags,
          fields.join(FIELD_SEPARATOR),
          stripHtml(fields[0]!),
          fieldChecksum(fields[0]!),
          '',
        ]);
      }
      const cid = cardAnkiId(card.id);
      const own = input.schedulerFor?.(card.lang) ?? scheduler;
      const { rows, at, fold } = cardHistory(logs.get(card.id) ?? [], own, cid);
      // A course with fitted weights forgets on its own curve: Anki keeps the decay per card.
      const fitted = own.timeline.at(-1)?.weights;
      const c = cardColumns(fold?.state ?? null, i + 1, crt, {
        ...input,
        ...(fitted ? { decay: fitted[20]! } : {}),
      });
      const ord = card.kind === 'cloze' ? 0 : translationOrd(card.kind);
      insertCard.run([
        cid,
        nid,
        deckId(card.lang),
        ord,
        mod,
        c.type,
        c.queue,
        c.due,
        c.ivl,
        c.factor,
        c.reps,
        c.lapses,
        c.left,
        c.data,
      ]);
      rows.forEach((r, k) => {
        // revlog ids are review times in ms and unique per collection: a tie moves on a millisecond.
        let id = at[k]!;
        while (usedRevlogIds.has(id)) id++;
        usedRevlogIds.add(id);
        insertRev.run([id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
        revlog++;
        if (r.ease > 0) answers++;
      });
      input.onProgress?.(i + 1, ordered.length);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  } finally {
    insertNote.free();
    insertCard.free();
    insertRev.free();
  }
  return { notes: notesDone.size, cards: cards.length, revlog, answers };
}
