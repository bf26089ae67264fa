import { afterEach, describe, expect, it } from 'vitest';
import type { CardId } from '@/lib/corpus/types';
import { announce, closeChanges, onChange, type DataChange } from './changes';

const other = () => new BroadcastChannel('triglot:changes');
const next = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) => {
    channel.onmessage = (e) => resolve(e.data);
  });

afterEach(() => closeChanges());

describe('changes between tabs', () => {
  it('announces to other pages', async () => {
    const tab = other();
    const heard = next(tab);
    announce({ kind: 'reset', cardIds: ['c1' as CardId] });
    expect(await heard).toEqual({ kind: 'reset', cardIds: ['c1'] });
    tab.close();
  });

  it('hears other pages, and ignores what is not a change', async () => {
    const heard: DataChange[] = [];
    const got = new Promise<void>((resolve) => {
      onChange((c) => {
        heard.push(c);
        if (c.kind === 'import') resolve();
      });
    });
    const tab = other();
    tab.postMessage({ kind: 'reboot' });
    tab.postMessage({ kind: 'reset', cardIds: [3] });
    tab.postMessage({ kind: 'import' });
    await got;
    expect(heard).toEqual([{ kind: 'import' }]);
    tab.close();
  });

  it('stops telling a listener that unsubscribed', async () => {
    const heard: DataChange[] = [];
    const stop = onChange((c) => heard.push(c));
    stop();
    const last = new Promise<void>((resolve) => onChange(() => resolve()));
    const tab = other();
    tab.postMessage({ kind: 'clear' });
    await last;
    expect(heard).toEqual([]);
    tab.close();
  });
});
