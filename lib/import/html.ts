/**
 * Text pasted as a web page's markup (or a saved .html opened as a file): keep
 * the words, drop the tags. DOMParser builds an inert document (no scripts
 * run, nothing loads), and only its text nodes are read, so nothing of the
 * markup is ever rendered.
 */

/** Two or more tags, or a doctype: a sentence with one "<" in it is not a page. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 50_000);
  if (/<!doctype\s+html/i.test(head)) return true;
  const tags = head.match(
    /<\/?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|body|html|head|b|i|em|strong|script|style|table|tr|td|figure|img|meta|link)\b[^<>]*>/gi,
  );
  return (tags?.length ?? 0) >= 2;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'IFRAME',
  'OBJECT',
  'NAV',
  'FORM',
  'BUTTON',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * The text of an HTML document, one paragraph per line (the segmenter treats
 * lines as paragraphs): block elements and <br> end a line, inline ones do not.
 */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  if (doc.body) walk(doc.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
