/**
 * Watches a page for compose boxes that appear, are re-rendered or go away:
 * one MutationObserver per root, its records batched into one pass per
 * animation frame. Records inside a box already followed (typing) and
 * Postwise's own elements are skipped at once; only the subtrees that were
 * added are searched. A burst of more than `burstLimit` mutations (a page
 * swapping its whole content) is not examined record by record: the next
 * frame rescans the document instead.
 */
import type { ComposeBox } from '../sites/types';

export interface WatcherDeps {
  /** Compose boxes under `root` (the site adapter's findComposeBoxes). */
  find(root: ParentNode): ComposeBox[];
  /** Editor elements currently followed. */
  tracked(): Iterable<HTMLElement>;
  /** A box appeared. */
  added(box: ComposeBox): void;
  /** A followed box left the page. */
  removed(element: HTMLElement): void;
  /**
   * True for a box the generic layer follows (a field typed into): the
   * adapter's search never finds it, so a rescan keeps it while it is on the
   * page, and a box the adapter finds for it is offered to `added` again.
   */
  generic?(element: HTMLElement): boolean;
  /** True for Postwise's own nodes (the guidance's shadow hosts). */
  isOwn(node: Node): boolean;
  /** True for a shadow host of Postwise's itself: all an element added under a page's element can be (default isOwn). */
  isHost?(el: Element): boolean;
  onError?(error: unknown): void;
  /** Schedules the batched pass (default: requestAnimationFrame). */
  schedule?(callback: () => void): void;
  /** More mutations than this in one batch means a full rescan. */
  burstLimit?: number;
}

export interface PageWatcher {
  /** Starts observing `root` (one observer per root) and scans the document once. */
  observe(root: Node): void;
  /** Rescans the whole document at the next pass (SPA navigation). */
  rescan(): void;
  /** Runs the pending pass now. */
  flush(): void;
  dispose(): void;
}

/** Default size of a mutation burst that triggers a full rescan. */
export const BURST_LIMIT = 1000;

const hasElement = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
};

export function createWatcher(doc: Document, deps: WatcherDeps): PageWatcher {
  const observers = new Map<Node, MutationObserver>();
  const pending = new Set<Element>();
  const limit = deps.burstLimit ?? BURST_LIMIT;
  let removals = false;
  let full = false;
  let scheduled = false;
  let disposed = false;

  const request = () => {
    if (scheduled || disposed) return;
    scheduled = true;
    (deps.schedule ?? ((cb) => doc.defaultView!.requestAnimationFrame(cb)))(flush);
  };
  const rescan = () => {
    full = true;
    pending.clear();
    request();
  };
  const addAll = (boxes: ComposeBox[]) => {
    const followed = new Set(deps.tracked());
    for (const box of boxes) if (!followed.has(box.element) || deps.generic?.(box.element)) deps.added(box);
  };
  /** Drops followed boxes that left the document (or, on a full rescan, were not found). */
  const drop = (found: Set<HTMLElement> | null) => {
    for (const el of [...deps.tracked()]) {
      if (!el.isConnected || (found && !found.has(el) && !deps.generic?.(el))) deps.removed(el);
    }
  };
  /** True when an ancestor of `el` is also pending (its search covers `el`). */
  const covered = (el: Element, roots: Set<Element>) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (roots.has(a)) return true;
    return false;
  };

  function flush(): void {
    if (disposed) return;
    scheduled = false;
    const roots = new Set(pending);
    const wasFull = full;
    const hadRemovals = removals;
    full = removals = false;
    pending.clear();
    try {
      if (wasFull) {
        const found = deps.find(doc);
        drop(new Set(found.map((b) => b.element)));
        addAll(found);
        return;
      }
      for (const root of roots) if (root.isConnected && !covered(root, roots)) addAll(deps.find(root));
      if (hadRemovals) drop(null);
    } catch (error) {
      deps.onError?.(error);
    }
  }

  function onRecords(records: MutationRecord[]): void {
    if (disposed || full) return;
    if (records.length + pending.size > limit) return rescan();
    const followed = [...deps.tracked()];
    const isHost = deps.isHost ?? deps.isOwn;
    // Many records share a target (a list growing): each is looked up the tree once.
    let last: Node | null = null;
    for (const r of records) {
      // Only elements count: text changing or going (a counter ticking) can neither bring a box nor
      // take one away, and is let go before any walk up the tree.
      if (r.type !== 'attributes' && !hasElement(r.addedNodes) && !hasElement(r.removedNodes)) continue;
      const target = r.target;
      if (target !== last) {
        if (followed.some((el) => el.contains(target)) || deps.isOwn(target)) continue; // typing, or ours
        last = target;
      }
      if (r.type === 'attributes') pending.add(target as Element);
      if (r.removedNodes.length) removals = true;
      // Under a page's element, an added element is ours only if it is one of our hosts.
      for (const n of Array.from(r.addedNodes))
        if (n.nodeType === 1 && !isHost(n as Element)) pending.add(n as Element);
    }
    if (pending.size > limit) rescan();
    else if (pending.size || removals) request();
  }

  return {
    observe(root) {
      if (disposed || observers.has(root)) return;
      const mo = new doc.defaultView!.MutationObserver(onRecords);
      // contenteditable can be switched on an existing element (a box that opens in place).
      mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
      observers.set(root, mo);
      rescan();
    },
    rescan,
    flush,
    dispose() {
      disposed = true;
      for (const mo of observers.values()) mo.disconnect();
      observers.clear();
      pending.clear();
    },
  };
}
