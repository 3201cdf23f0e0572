/**
 * Small DOM helpers shared by the site adapters. Pure DOM: no browser APIs.
 * Node-type checks are used instead of `instanceof` so elements from a
 * same-origin iframe (YouTube live chat) work from the top frame too.
 */
import type { ComposeBox } from './types';

/** The element a node is or belongs to (a text node's parent), or null. */
export function elementOf(node: Node | null | undefined): Element | null {
  if (!node) return null;
  if (node.nodeType === 1) return node as Element;
  return node.parentElement ?? null;
}

/** True for `<textarea>`/`<input>` and for contenteditable elements (not `contenteditable="false"`). */
export function isEditable(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Trimmed text content of an element, or '' when absent. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every element under `root` (and `root` itself) matching `selector`, mapped by
 * `toBox`, deduplicated by editor element and sorted in document order. Never throws.
 */
export function collectBoxes(
  root: ParentNode,
  selector: string,
  toBox: (el: Element) => ComposeBox | null,
): ComposeBox[] {
  try {
    const found: Element[] = [];
    if ((root as Node).nodeType === 1 && (root as Element).matches(selector)) found.push(root as Element);
    root.querySelectorAll(selector).forEach((el) => found.push(el));
    const seen = new Set<Element>();
    const boxes: ComposeBox[] = [];
    for (const el of found) {
      const box = toBox(el);
      if (box && !seen.has(box.element)) {
        seen.add(box.element);
        boxes.push(box);
      }
    }
    // 2 = DOCUMENT_POSITION_PRECEDING: b comes before a.
    return boxes.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 2 ? 1 : -1));
  } catch {
    return [];
  }
}

/**
 * The first element matching `selector` in the smallest ancestor of `from`
 * (inclusive) that contains one, never searching above `stop` (inclusive) or `<body>`.
 */
export function nearest(from: Element, selector: string, stop?: Element | null): HTMLElement | null {
  for (let a: Element | null = from; a; a = a.parentElement) {
    const hit = a.matches(selector) ? a : a.querySelector(selector);
    if (hit) return hit as HTMLElement;
    if (a === stop || a.tagName === 'BODY') break;
  }
  return null;
}

/**
 * True when the nearest part of the page around `el` that holds a post shows
 * one before `el`: the box answers it (a status page, a conversation column).
 * On a timeline the posts come after the composer.
 */
export function followsPost(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const post = a.querySelector('article, [role="article"]');
    if (post) return precedes(post, el);
  }
  return false;
}

/** Buttons under `scope` named one of `labels` (aria-label, else their text), in document order. */
export function labelledButtons(scope: Element, labels: Set<string>): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>('button, [role="button"]')).filter((b) =>
    labels.has(b.getAttribute('aria-label')?.trim() ?? textOf(b)),
  );
}

/** True when `a` comes before `b` in document order (and does not contain it). */
export function precedes(a: Node, b: Node): boolean {
  // 4 = DOCUMENT_POSITION_FOLLOWING, 16 = DOCUMENT_POSITION_CONTAINED_BY
  const pos = a.compareDocumentPosition(b);
  return (pos & 4) !== 0 && (pos & 16) === 0;
}

/**
 * An Enter keypress (any modifiers) that is not part of an IME composition
 * (`isComposing`, or the legacy keyCode 229 some browsers still send).
 */
export function isEnterKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  return event.key === 'Enter';
}
