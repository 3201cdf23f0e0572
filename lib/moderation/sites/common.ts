/** Small DOM helpers the three sites' comment finders share. Pure DOM. */
import { elementOf } from '../../sites/dom';
import { readEditableText } from '../../sites/text';

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

/** The text a person reads in `el` (lines by block, emoji by their alt), trimmed. */
export const shownText = (el: Element | null | undefined): string =>
  el ? readEditableText(el as HTMLElement).trim() : '';
