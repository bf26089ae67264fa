/// <reference lib="webworker" />
/**
 * The sync Worker: PouchDB's replication (parsing the server's documents, writing
 * the local replica) and the merge and replay of what other devices wrote all run
 * here, so a first sync of a million answers never holds the page (issue 11). The
 * page starts and stops it and renders the status it posts (lib/sync/client.ts).
 */
import PouchDB from 'pouchdb-browser';
import type { CardId } from '@/lib/corpus/types';
import { announce } from '@/lib/db/changes';
import { workerDb } from '@/lib/db/worker-db';
import { startSync, type PouchCtor, type SyncHandle } from './engine';
import type { SyncFromWorker, SyncToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Merged cards are announced at most this often: a first sync merges thousands a second. */
const ANNOUNCE_EVERY_MS = 1_000;

let handle: SyncHandle | null = null;
let merged: CardId[] = [];
let announceTimer: ReturnType<typeof setTimeout> | null = null;

const post = (message: SyncFromWorker) => self.postMessage(message);

function flushMerged() {
  announceTimer = null;
  if (!merged.length) return;
  // With the cards named, a study screen reloads only those of its queue.
  announce({ kind: 'import', cardIds: merged });
  merged = [];
}

self.addEventListener('securitypolicyviolation', (event) => {
  // Fired at the Worker's global scope, which the webworker lib does not type.
  const e = event as SecurityPolicyViolationEvent;
  if (e.effectiveDirective === 'connect-src') post({ type: 'csp', blockedURI: e.blockedURI });
});

self.onmessage = (event: MessageEvent<SyncToWorker>) => {
  const m = event.data;
  if (m.type === 'start' && !handle) {
    handle = startSync({
      PouchDB: PouchDB as unknown as PouchCtor,
      db: workerDb(),
      config: m.config,
      localName: m.localName,
      now: () => Date.now(),
      onStatus: (status) => post({ type: 'status', status }),
      onMerged: (_count, cards) => {
        merged.push(...cards);
        announceTimer ??= setTimeout(flushMerged, ANNOUNCE_EVERY_MS);
      },
      onReplayed: () => announce({ kind: 'import' }),
    });
  } else if (m.type === 'kick') handle?.kick();
  else if (m.type === 'stop') {
    const h = handle;
    handle = null;
    void (h?.stop() ?? Promise.resolve()).finally(() => {
      flushMerged();
      post({ type: 'stopped' });
    });
  }
};
