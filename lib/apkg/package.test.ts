import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApkgError } from './errors';
import { foreignArticle, readCollection } from './import';
import { checkPackageFile, readPackage, writePackage } from './package';
import { SCHEMA_11 } from './schema';
import { loadSql, SQL_WASM_URL } from './sqljs';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ApkgError ? e.code : String(e);
  }
  return null;
};
const text = (s: string) => new TextEncoder().encode(s);

describe('readPackage', () => {
  it('names each file it will not take, before reading a collection', () => {
    expect(code(() => checkPackageFile('all.colpkg', 10))).toBe('COLPKG');
    expect(code(() => checkPackageFile('deck.apkg', 201 * 1024 * 1024))).toBe('DECK_TOO_LARGE');
    expect(code(() => readPackage(text('{"app":"triglot"}')))).toBe('NOT_ANKI');
    expect(code(() => readPackage(zipSync({ 'notes.txt': text('hi') })))).toBe('NOT_ANKI');
    const newer = zipSync({
      meta: new Uint8Array([8, 3]),
      'collection.anki21b': text('zstd'),
      'collection.anki2': text('SQLite format 3\0dummy'),
    });
    expect(code(() => readPackage(newer))).toBe('ANKI_NEW_FORMAT');
    expect(
      code(() => readPackage(zipSync({ 'collection.anki21': text('not sqlite at all') }))),
    ).toBe('NOT_ANKI');
  });

  it('reads back what writePackage wrote', () => {
    const collection = text('SQLite format 3\0…');
    expect(readPackage(writePackage(collection))).toEqual(collection);
  });
});

describe('a foreign deck', () => {
  it('becomes the texts of an article when its two sides are two of our languages', async () => {
    const SQL = await loadSql();
    const db = new SQL.Database();
    db.exec(SCHEMA_11);
    db.run(`INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}',?,'{}','{}')`, [
      JSON.stringify({ 5: { name: 'Sätze::Deutsch–Italienisch' } }),
    ]);
    const pairs = [
      ['Der Hund ist nicht im Haus.', 'Il cane non è nella casa.'],
      ['Ich habe das Buch und die Zeitung gelesen.', 'Ho letto il libro e il giornale.'],
      ['Wir sind mit dem Zug in die Stadt gefahren.', 'Siamo andati in città con il treno.'],
    ];
    pairs.forEach(([de, it], i) => {
      db.run(`INSERT INTO notes VALUES (?, ?, 7, 0, 0, '', ?, '', 0, 0, '')`, [
        i + 1,
        `g${i}`,
        `<b>${de}</b>\x1f${it}`,
      ]);
      db.run(`INSERT INTO cards VALUES (?, ?, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')`, [
        i + 10,
        i + 1,
      ]);
    });
    const read = readCollection(db);
    expect(read.triglot.size).toBe(0);
    expect(foreignArticle(read.foreign)).toEqual({
      title: 'Deutsch–Italienisch',
      texts: { de: pairs.map((p) => p[0]).join('\n'), it: pairs.map((p) => p[1]).join('\n') },
      sentences: 3,
    });
    expect(foreignArticle(read.foreign.map((n) => ({ ...n, back: n.front })))).toBeNull();
    db.close();
  });
});

it('the wasm served to the browser is the one of the installed sql.js', () => {
  expect(
    readFileSync(`public${SQL_WASM_URL}`).equals(
      readFileSync('node_modules/sql.js/dist/sql-wasm.wasm'),
    ),
  ).toBe(true);
});
