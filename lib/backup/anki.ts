import type { Card } from '@/lib/corpus/model';
import type { Lang } from '@/lib/corpus/types';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Tabs and newlines would break a TSV row; Anki reads <br> in HTML mode. */
function cell(html: string): string {
  return html.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

/**
 * A course's cloze cards as a file Anki imports into its built-in Cloze note
 * type: Text holds {{c1::…}}, Back Extra the hint sentence and the source, and
 * the card id is the note's GUID, so importing again updates instead of
 * duplicating.
 */
export function ankiClozeTsv(
  cards: readonly Card[],
  hintLang: Lang,
  source: (card: Card) => string,
): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Cloze',
    '#deck:Triglot',
    '#guid column:1',
    '#tags column:4',
    '#columns:GUID\tText\tBack Extra\tTags',
  ];
  for (const card of cards) {
    if (card.kind !== 'cloze') continue;
    const { start, end, gloss } = card.cloze;
    const answer = escapeHtml(card.text.slice(start, end))
      .replace(/}}/g, '} }')
      .replace(/::/g, ': :');
    const text =
      escapeHtml(card.text.slice(0, start)) +
      `{{c1::${answer}${gloss ? `::${escapeHtml(gloss)}` : ''}}}` +
      escapeHtml(card.text.slice(end));
    const hint = card.hints[hintLang] ?? Object.values(card.hints)[0] ?? '';
    const extra = `${escapeHtml(hint)}<br><small>${escapeHtml(source(card))}</small>`;
    const tags = `triglot triglot::${card.lang} triglot::${card.article}`;
    lines.push([card.id, cell(text), cell(extra), tags].join('\t'));
  }
  return lines.join('\n') + '\n';
}
