/**
 * Text offsets → DOM positions. The offsets come from the engine, which saw
 * the string `readEditableText` returned; `mapEditableText` is the same walk
 * and says which node each offset comes from, so the two always agree.
 */
import { mapEditableText, type TextMap, type TextSegment } from '../sites/text';

/** A DOM boundary point (what Range.setStart takes). */
export interface DomPoint {
  node: Node;
  offset: number;
}

function indexIn(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node) as number;
}

function before(node: Node): DomPoint | null {
  return node.parentNode ? { node: node.parentNode, offset: indexIn(node) } : null;
}

function after(node: Node): DomPoint | null {
  return node.parentNode ? { node: node.parentNode, offset: indexIn(node) + 1 } : null;
}

/** Point for `offset` inside one segment, or null when the segment does not hold it. */
function pointIn(seg: TextSegment, offset: number): DomPoint | null {
  if (offset < seg.start || offset > seg.end) return null;
  switch (seg.kind) {
    case 'text':
      return { node: seg.node, offset: offset - seg.start };
    case 'atom':
      // An image counts as its alt text; a point inside it snaps to its nearer side.
      return offset - seg.start <= seg.end - offset ? before(seg.node) : after(seg.node);
    case 'break':
      return before(seg.node);
    case 'empty':
      return { node: seg.node, offset: 0 };
  }
}

/**
 * The DOM point for a text offset. At a boundary between two segments,
 * `bias` picks the one after it (`'forward'`, for a range's start) or the one
 * before it (`'backward'`, for a range's end), so a range never spills into
 * a neighbouring node. Text nodes are preferred to element positions, which
 * is what editors that map DOM points back to their model (Draft.js,
 * Lexical) handle best.
 */
export function pointAt(map: TextMap, offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  const o = Math.max(0, Math.min(offset, map.text.length));
  let best: DomPoint | null = null;
  let bestRank = Infinity;
  for (const seg of segments) {
    if (seg.start > o) break;
    const p = pointIn(seg, o);
    if (!p) continue;
    // Rank: text strictly containing o, then text touching o on the biased side, then the rest.
    const inside = seg.start < o && o < seg.end;
    const biased = bias === 'forward' ? seg.start === o : seg.end === o;
    const rank = seg.kind === 'text' ? (inside ? 0 : biased ? 1 : 2) : biased || inside ? 3 : 4;
    if (rank < bestRank) {
      best = p;
      bestRank = rank;
    }
  }
  if (best) return best;
  // Past the end (or in a gap made by a line break): the end of the last segment.
  const last = segments[segments.length - 1]!;
  return last.kind === 'text' ? { node: last.node, offset: last.end - last.start } : after(last.node);
}

/** A Range over [start, end) of the editor's text, or null (textarea, empty editor). */
export function rangeFor(
  el: HTMLElement,
  start: number,
  end: number,
  map: TextMap = mapEditableText(el),
): Range | null {
  const a = pointAt(map, start, start === end ? 'backward' : 'forward');
  const b = start === end ? a : pointAt(map, end, 'backward');
  if (!a || !b) return null;
  const range = el.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}

/** Ranges for several spans, from one walk of the editor. */
export function rangesFor(el: HTMLElement, spans: { start: number; end: number }[]): (Range | null)[] {
  const map = mapEditableText(el);
  return spans.map((s) => rangeFor(el, s.start, s.end, map));
}
