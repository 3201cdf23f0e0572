/**
 * Editor text as the browser shows it, without relying on `innerText`
 * (happy-dom's differs from browsers: compose-boxes.md §0.6, §4).
 *
 * Rules: one line per block element (Draft.js `[data-block]`, Lexical `<p>`,
 * plain contenteditable `<div>`), an empty block is an empty line, `<br>` is a
 * line break except a trailing `<br>` that only props open a block (Lexical
 * `<p><br></p>`, Draft `<br data-text="true">`, Chrome's trailing `<br>`),
 * `<img>` counts as its `alt` (emoji), placeholders are never read.
 * Text is kept exactly as written (no whitespace or zero-width changes).
 */

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
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
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// §1.2: Draft.js placeholder class (framework class, not a generated one)
const DRAFT_PLACEHOLDER = /(?:^|\s)public-DraftEditorPlaceholder-root(?:\s|$)/;

/** Elements whose content is never text: placeholders and hidden helpers. */
function isSkipped(el: Element, inEditable: boolean): boolean {
  // getAttribute over hasAttribute/classList: several times cheaper in happy-dom
  if (SKIP_TAGS.has(el.tagName) || el.getAttribute('hidden') !== null) return true;
  // §1.2: Draft.js placeholder node, a sibling of the editor container
  if (DRAFT_PLACEHOLDER.test(el.getAttribute('class') ?? '')) return true;
  // §3.2: placeholders beside the editor (e.g. YouTube live chat `#label`) are
  // aria-hidden; inside an editable, aria-hidden content is still shown.
  return !inEditable && el.getAttribute('aria-hidden') === 'true';
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

/**
 * Where a piece of the text comes from: a text node (`text`), an `<img>` read
 * by its alt (`atom`), a `<br>` (`break`) or an empty block (`empty`).
 * Offsets are UTF-16, in the string that `readEditableText` returns.
 */
export interface TextSegment {
  start: number;
  end: number;
  node: Node;
  kind: 'text' | 'atom' | 'break' | 'empty';
}

/** The editor's text and where each part of it lives in the DOM. */
export interface TextMap {
  text: string;
  segments: TextSegment[];
}

/**
 * The text of a compose editor, lines joined by `\n`. For `<textarea>` and
 * `<input>` returns `.value`. Iterative and linear in the subtree size.
 */
export function readEditableText(el: HTMLElement): string {
  return walkEditable(el, null);
}

/**
 * The same walk as `readEditableText`, also recording which DOM node each
 * offset of the text comes from, so offsets can be mapped back to DOM
 * positions (selecting a range to fix, highlighting the words of a finding).
 * A `<textarea>`/`<input>` has no segments: its offsets are selection offsets.
 */
export function mapEditableText(el: HTMLElement): TextMap {
  const segments: TextSegment[] = [];
  const text = walkEditable(el, segments);
  return { text, segments };
}

function walkEditable(el: HTMLElement, segments: TextSegment[] | null): string {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return (el as HTMLTextAreaElement).value ?? '';
  }
  // Read from a wrapper (not inside an editable): skip aria-hidden placeholders.
  const inEditable = el.closest('[contenteditable]') !== null;
  const lines: string[] = [];
  const starts: number[] = []; // lines.length when each open block started
  let line = '';
  let base = 0; // offset in the joined text where the current line starts
  let dirty = false; // the current line has content
  let brOpen = false; // the current line exists only because of a <br>

  const push = (l: string): void => {
    lines.push(l);
    base += l.length + 1;
  };
  const flush = (): void => {
    push(line);
    line = '';
    dirty = false;
    brOpen = false;
  };
  const mark = (node: Node, kind: TextSegment['kind'], length: number): void => {
    const start = base + line.length;
    segments?.push({ start, end: start + length, node, kind });
  };
  const text = (t: string, node: Node, kind: 'text' | 'atom'): void => {
    if (!t) return;
    mark(node, kind, t.length);
    line += t;
    dirty = true;
    brOpen = false;
  };
  const openBlock = (): void => {
    if (dirty) flush();
    brOpen = false; // a <br> right before a block ends the line; it adds none
    starts.push(lines.length);
  };
  const closeBlock = (block: Node): void => {
    const start = starts.pop();
    if (dirty) flush();
    else if (brOpen)
      brOpen = false; // trailing <br> placeholder: no extra line
    else if (lines.length === start) {
      mark(block, 'empty', 0);
      push(''); // empty block: empty line
    }
  };
  /** Handles a node on the way down; true when its children should be walked. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      text(node.nodeValue ?? '', node, 'text');
      return false;
    }
    if (node.nodeType !== 1) return false;
    const e = node as Element;
    if (isSkipped(e, inEditable)) return false;
    if (e.tagName === 'BR') {
      mark(e, 'break', 0);
      flush();
      brOpen = true;
      return false;
    }
    if (e.tagName === 'IMG') {
      text(e.getAttribute('alt') ?? '', e, 'atom');
      return false;
    }
    if (BLOCK_TAGS.has(e.tagName)) openBlock();
    return true;
  };
  const leave = (node: Node): void => {
    if (isBlock(node)) closeBlock(node);
  };

  // Explicit stack of child lists: no recursion, and no `nextSibling`, which is
  // O(siblings) in some DOM implementations (happy-dom).
  const stack: { nodes: NodeListOf<ChildNode>; i: number; owner: Node }[] = [];
  let frame = { nodes: el.childNodes, i: 0, owner: el as Node };
  for (;;) {
    const node = frame.nodes[frame.i++];
    if (node) {
      if (!enter(node)) continue;
      if (node.firstChild) {
        stack.push(frame);
        frame = { nodes: node.childNodes, i: 0, owner: node };
      } else leave(node);
      continue;
    }
    const up = stack.pop();
    if (!up) break;
    leave(frame.owner);
    frame = up;
  }
  if (dirty) flush();
  return lines.join('\n');
}
