/**
 * The bundled Social Media Policy, read into blocks: headings (with stable
 * anchors), paragraphs and lists. Pure: the policy page renders the blocks
 * with Preact, so the text is always escaped.
 *
 * The text file has one block per line: a heading is a short line with no
 * closing punctuation and no comma; "- " and "• " start list items.
 */

export type PolicyBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/** "Outside of work hours" → "outside-of-work-hours". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const LIST_ITEM = /^\s*[-•]\s+/;

function isHeading(line: string): boolean {
  return line.length <= 60 && !/[.:;,]$/.test(line) && !line.includes(',') && !LIST_ITEM.test(line);
}

function levelOf(line: string, first: boolean): 1 | 2 | 3 | 4 {
  if (first || /^Appendix\b/.test(line)) return 1;
  if (/^\d{3} /.test(line)) return 4;
  if (line === line.toUpperCase()) return 3;
  return 2;
}

/** Splits the policy text into headings, paragraphs and lists; anchors are unique. */
export function parsePolicy(source: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  const ids = new Map<string, number>();
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (LIST_ITEM.test(line)) {
      const item = line.replace(LIST_ITEM, '');
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (isHeading(line)) {
      const base = slugify(line);
      const seen = ids.get(base) ?? 0;
      ids.set(base, seen + 1);
      const id = seen ? `${base}-${seen + 1}` : base;
      blocks.push({ kind: 'heading', level: levelOf(line, blocks.length === 0), text: line, id });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

/** Splits "*Civil Service Act*" emphasis out of a line: odd parts are emphasised. */
export function emphasisParts(text: string): string[] {
  return text.split(/\*([^*\n]+)\*/);
}
