'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type ReactNode } from 'react';

/**
 * One chart of the statistics page: its heading, a sentence that says what it
 * shows (what a screen reader hears instead of the picture), the picture, and its
 * numbers as a table on demand.
 */
export function StatsFigure({
  title,
  summary,
  head,
  rows,
  children,
}: {
  title: string;
  summary: string;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  children: ReactNode;
}) {
  const t = useTranslations('Stats');
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const headingId = useId();
  return (
    <section className="stats-figure" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{summary}</p>
      <div aria-hidden="true" className="stats-picture">
        {children}
      </div>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('hideTable') : t('showTable')}
      </button>
      {open ? (
        // A long table scrolls in its box; the box takes focus so the keyboard can scroll it.
        <div
          className="table-scroll"
          role="region"
          aria-label={t('numbers', { title })}
          tabIndex={0}
        >
          <table id={tableId} className="history">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={String(r[0])}>
                  {r.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
