import { describe, expect, it } from 'vitest';
import { newCardState } from '@/lib/srs/card-state';
import { displayState } from './browse-filter';

describe('displayState', () => {
  it('a card without a row is new; a suspension shows over the schedule', () => {
    expect(displayState(undefined)).toBe('new');
    expect(displayState({ ...newCardState(0), state: 'review' })).toBe('review');
    expect(displayState({ ...newCardState(0), state: 'review', suspended: true })).toBe(
      'suspended',
    );
  });
});
