import { describe, expect, it } from 'vitest';
import {
  ImportError,
  MAX_TEXT_BYTES,
  checkText,
  decodeTextFile,
  defaultTitle,
  detectLanguage,
  learnerArticleId,
} from './input';

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof ImportError ? error.code : 'not an ImportError';
  }
  return undefined;
}

describe('decodeTextFile', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFDie Brücke ist groß.');
    expect(decodeTextFile(bytes)).toBe('Die Brücke ist groß.');
  });

  it('refuses NUL bytes and invalid UTF-8 as BINARY', () => {
    expect(code(() => decodeTextFile(new Uint8Array([0x89, 0x50, 0x00, 0x0a])))).toBe('BINARY');
    // Latin-1 "Brücke": 0xfc is not UTF-8.
    expect(code(() => decodeTextFile(new Uint8Array([0x42, 0x72, 0xfc, 0x63])))).toBe('BINARY');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['de', 'Die Regierung hat am Montag beschlossen, dass die Schulen wieder geöffnet werden.'],
    ['it', 'Il governo ha deciso lunedì che le scuole saranno riaperte nella prossima settimana.'],
    ['en', 'The government decided on Monday that the schools will open again next week.'],
  ])('knows %s', (lang, text) => {
    expect(detectLanguage(text)).toEqual({ kind: 'taught', lang });
  });

  it.each([
    [
      'French',
      "Le gouvernement français a annoncé mardi une nouvelle réforme des retraites. Les syndicats appellent à la grève dans tout le pays. Selon le ministre, le projet sera présenté au Parlement avant l'été.",
    ],
    [
      'Spanish',
      'El gobierno español anunció el martes una nueva reforma de las pensiones. Los sindicatos convocan una huelga en todo el país. Según el ministro, el proyecto se presentará antes del verano.',
    ],
    [
      'Portuguese',
      'O governo português anunciou na terça-feira uma nova reforma das pensões. Os sindicatos convocam uma greve em todo o país. Segundo o ministro, o projeto será apresentado antes do verão.',
    ],
    ['Russian', 'Правительство объявило во вторник о новой пенсионной реформе.'],
    ['numbers', '12345 678 90'],
  ])('says %s is not taught', (_name, text) => {
    expect(detectLanguage(text)).toEqual({ kind: 'unknown' });
  });
});

describe('checkText', () => {
  it('says what is wrong, with the numbers for a text too large', () => {
    expect(code(() => checkText('  \n ', 1))).toBe('EMPTY');
    expect(code(() => checkText('12 34 !!!', 1))).toBe('NO_SENTENCES');
    expect(code(() => checkText('a\u0000b', 1))).toBe('BINARY');
    try {
      checkText('ä'.repeat(MAX_TEXT_BYTES / 2 + 1), 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'TOO_LARGE',
        details: { text: 2, limit: MAX_TEXT_BYTES, actual: MAX_TEXT_BYTES + 2 },
      });
    }
    expect(code(() => checkText('Ein Satz.', 1))).toBeUndefined();
  });
});

describe('learner article ids', () => {
  it('come from the title, blind to case, spacing and quote style', () => {
    const id = learnerArticleId('Eine „neue“ Bibliothek');
    expect(id).toMatch(/^u-[0-9a-z]{14}$/);
    expect(learnerArticleId('  eine "neue"   BIBLIOTHEK ')).toBe(id);
    expect(learnerArticleId('Eine andere Bibliothek')).not.toBe(id);
  });

  it('default to the first sentence of the first line with letters', () => {
    expect(defaultTitle('\n  2024\nDie Stadt wächst. Sie hat 2 Brücken.\nMehr')).toBe(
      'Die Stadt wächst.',
    );
    expect(defaultTitle('Neue Bibliothek in Bologna\nDer Text.')).toBe(
      'Neue Bibliothek in Bologna',
    );
    const long = defaultTitle(`${'Wort '.repeat(40)}Ende.`);
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('…')).toBe(true);
  });
});
