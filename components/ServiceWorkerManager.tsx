'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

/**
 * Registers the service worker (production builds only) and, when a new
 * version has been downloaded, offers a reload: the learner chooses when, so
 * an update never interrupts a study session.
 */
export function ServiceWorkerManager() {
  const t = useTranslations('Update');
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let reloading = false;
    const onControllerChange = () => {
      if (reloading) window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        const offer = (worker: ServiceWorker | null) => {
          // Only an update: the very first install has no controller to replace.
          if (worker && navigator.serviceWorker.controller) setWaiting(worker);
        };
        offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing);
          });
        });
      })
      .catch(() => undefined);
    const reload = () => {
      reloading = true;
    };
    window.addEventListener('triglot:reload-for-update', reload);
    return () => {
      navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
      window.removeEventListener('triglot:reload-for-update', reload);
    };
  }, []);

  if (!waiting) return null;
  return (
    <div role="status" className="banner update-banner">
      <p>{t('ready')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          window.dispatchEvent(new Event('triglot:reload-for-update'));
          waiting.postMessage({ type: 'SKIP_WAITING' });
        }}
      >
        {t('reload')}
      </button>
      <button type="button" onClick={() => setWaiting(null)}>
        {t('later')}
      </button>
    </div>
  );
}
