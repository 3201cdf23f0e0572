/** Small DOM helpers the three sites' comment finders share. Pure DOM. */
import { elementOf } from '../../sites/dom';
import { BLOCK_TAGS, readEditableText, SKIP_TAGS } from '../../sites/text';

/** Elements under `root` (and `root` itself) matching `selector` and accepted by `keep`. Never throws. */
export function collect(root: ParentNode, selector: string, keep: (el: HTMLElement) => boolean = () => true) {
  try {
    const found: HTMLElement[] = [];
    if ((root as Node).nodeType === 1 && (root as Element).matches(selector) && keep(root as HTMLElement))
      found.push(root as HTMLElement);
    root.querySelectorAll<HTMLElement>(selector).forEach((el) => keep(el) && found.push(el));
    return found;
  } catch {
    return [];
  }
}

/** The closest element matching `selector` around `node` and accepted by `keep`, or null. */
export function closest(node: Node, selector: string, keep: (el: HTMLElement) => boolean = () => true) {
  let el = elementOf(node)?.closest<HTMLElement>(selector);
  while (el && !keep(el)) el = el.parentElement?.closest<HTMLElement>(selector);
  return el ?? null;
}

/**
 * What makes readEditableText's reading differ from the plain text content: blocks (lines), line
 * breaks, images (their alt), content it skips (scripts, hidden, placeholders). A superset of its
 * tests (lib/sites/text.ts), so that an element without any of these reads the same either way.
 */
const NOT_PLAIN = [
  ...[...BLOCK_TAGS, ...SKIP_TAGS, 'BR', 'IMG'].map((tag) => tag.toLowerCase()),
  '[hidden]',
  '[aria-hidden="true"]',
  '[class*="public-DraftEditorPlaceholder-root"]',
].join(',');

/** The text a person reads in `el` (lines by block, emoji by their alt), trimmed. */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  // Plain inline text, as most comments are: its text content, without walking it node by node.
  if (el.tagName !== 'TEXTAREA' && el.tagName !== 'INPUT' && !el.querySelector(NOT_PLAIN))
    return (el.textContent ?? '').trim();
  return readEditableText(el as HTMLElement).trim();
}
