/**
 * Tells other tabs that stored cards changed under them (an import, a reset, a
 * suspend, a deleted article, everything cleared, answers), so an open sitting
 * reads its states again before it writes on top of them. Dexie's live queries
 * see table changes across tabs but not what they mean; this says what happened.
 * A page never hears its own announcements.
 */
import type { CardId } from '@/lib/corpus/types';

export type DataChangeKind = 'answers' | 'import' | 'reset' | 'suspend' | 'delete' | 'clear';

export interface DataChange {
  readonly kind: DataChangeKind;
  /** The cards it touched; absent means any card may have changed. */
  readonly cardIds?: readonly CardId[];
}

const CHANNEL = 'triglot:changes';
const KINDS: readonly string[] = [
  'answers',
  'import',
  'reset',
  'suspend',
  'delete',
  'clear',
] satisfies readonly DataChangeKind[];

type Listener = (change: DataChange) => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

// Another version of the app may share the channel: anything else is not our message.
function parse(data: unknown): DataChange | null {
  if (!data || typeof data !== 'object') return null;
  const { kind, cardIds } = data as { kind?: unknown; cardIds?: unknown };
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return null;
  if (cardIds === undefined) return { kind: kind as DataChangeKind };
  if (!Array.isArray(cardIds) || !cardIds.every((id) => typeof id === 'string')) return null;
  return { kind: kind as DataChangeKind, cardIds: cardIds as CardId[] };
}

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel === 'undefined') return (channel = null);
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const change = parse(event.data);
    if (change) for (const listener of listeners) listener(change);
  };
  return channel;
}

/** Best effort: a browser without BroadcastChannel still has the live queries. */
export function announce(change: DataChange): void {
  try {
    open()?.postMessage(change.cardIds ? { ...change, cardIds: [...change.cardIds] } : change);
  } catch {
    // A closed or unavailable channel only costs other tabs a refresh.
  }
}

/** Changes announced by other pages; returns the unsubscribe. */
export function onChange(listener: Listener): () => void {
  open();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** For tests: drops the channel so the process can exit. */
export function closeChanges(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
