import { describe, expect, it } from 'vitest';
import { cleanText, dropReason } from './clean';

describe('dropReason', () => {
  it('drops furniture lines of the seed articles', () => {
    expect(dropReason('.')).toBe('no-letters');
    expect(dropReason('   ')).toBe('blank');
    expect(
      dropReason(
        'Finden Sie uns auf Instagram unter BBCNewsbeat und folgen Sie uns auf Snapchat, suchen Sie nach bbc_newsbeat',
      ),
    ).toBe('social');
    expect(
      dropReason('Trovaci su Instagram a BBCNewsbeat e seguici su Snapchat, cerca bbc_newsbeat'),
    ).toBe('social');
    expect(
      dropReason(
        'Stay up to date on the latest opinion. Join us at Facebook/CNNOpinion and follow us @CNNOpinion on Twitter.',
      ),
    ).toBe('social');
    expect(dropReason('01:51 - Source: CNN')).toBe('timestamp');
    expect(dropReason('CNN  — ')).toBe('dateline');
    expect(dropReason('Sarah Lain')).toBe('names-only');
  });

  it('keeps sentences and headings', () => {
    expect(dropReason('Wer ist in den Konflikt verwickelt?')).toBeNull();
    expect(dropReason('Die Rolle des Arabischen Frühlings')).toBeNull();
    expect(dropReason('Il ruolo della primavera araba')).toBeNull();
    expect(dropReason('Story highlights')).toBeNull();
    expect(dropReason('Trump wrote on Twitter that talks were over.')).toBeNull();
  });

  it('keeps line numbers when cleaning', () => {
    expect(cleanText('A sentence here.\n.\nAnother  one.').split('\n')).toEqual([
      'A sentence here.',
      '',
      'Another one.',
    ]);
  });
});
