'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type * as SyncClient from '@/lib/sync/client';
import type { SyncErrorCode, SyncStatus } from '@/lib/sync/protocol';

type Client = typeof SyncClient;
const OFF: SyncStatus = { kind: 'off' };

/** Settings → Sync: the server, the account, what sync is doing, and turning it off. */
export function SyncPanel() {
  const t = useTranslations('Sync');
  const format = useFormatter();
  const id = useId();
  const [client, setClient] = useState<Client | null>(null);
  const [form, setForm] = useState({ url: '', user: '', password: '' });
  const [refused, setRefused] = useState<SyncErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void import('@/lib/sync/client').then(async (c) => {
      const config = await c.currentSyncConfig().catch(() => null);
      if (!live) return;
      setClient(c);
      if (config) setForm({ url: config.url, user: config.user, password: config.password });
    });
    return () => {
      live = false;
    };
  }, []);
  const status = useSyncExternalStore(
    (l) => client?.onSyncStatus(l) ?? (() => {}),
    () => client?.syncStatus() ?? OFF,
    () => OFF,
  );

  const turnOn = async () => {
    if (!client) return;
    setBusy(true);
    setRefused(null);
    const result = await client.enableSync(form);
    if (!result.ok) setRefused(result.code);
    setBusy(false);
  };
  const turnOff = async () => {
    if (!client) return;
    setBusy(true);
    await client.disableSync();
    setBusy(false);
  };

  const line = (() => {
    switch (status.kind) {
      case 'off':
        return t('off');
      case 'syncing':
        return t('syncing', { pending: status.pending });
      case 'upToDate':
        return t('upToDate', { time: format.dateTime(status.at, { timeStyle: 'short' }) });
      case 'offline':
        return t('offline', { pending: status.pending });
      case 'error':
        return t(`errors.${status.code}`);
    }
  })();
  const on = status.kind !== 'off';

  return (
    <section aria-labelledby={`${id}-heading`} className="sync-panel">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void turnOn();
        }}
      >
        {(['url', 'user', 'password'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`label.${key}`)}</label>
            <input
              id={`${id}-${key}`}
              type={key === 'password' ? 'password' : key === 'url' ? 'url' : 'text'}
              autoComplete={
                key === 'password' ? 'current-password' : key === 'user' ? 'username' : 'url'
              }
              value={form[key]}
              required
              onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
            />
          </div>
        ))}
        <div className="actions">
          <button type="submit" disabled={busy || !client}>
            {on ? t('reconnect') : t('turnOn')}
          </button>
          {on ? (
            <button type="button" disabled={busy} onClick={() => void turnOff()}>
              {t('turnOff')}
            </button>
          ) : null}
        </div>
      </form>
      <p
        role="status"
        data-sync-state={refused ? 'error' : status.kind}
        className={refused || status.kind === 'error' ? 'error' : 'muted'}
      >
        {refused ? t(`errors.${refused}`) : line}
      </p>
    </section>
  );
}
