/**
 * Links and @mentions. linkifyjs recognises URLs and bare domains (it knows the
 * top-level domains), but costs about 13 ms per 100,000 characters; so a cheap
 * linear scan finds the few chunks of text that could hold a link, and only
 * those chunks go to linkify.
 */
import { find } from 'linkifyjs';
import type { NormText } from './normalize';
import { toSource } from './normalize';

export interface Link {
  /** Offsets in the original text. */
  start: number;
  end: number;
  href: string;
  host: string;
  path: string;
  kind: 'url' | 'email';
}

export interface Mention {
  start: number;
  end: number;
  /** Folded handle, without the @. */
  handle: string;
}

/** Something like "x.ca", "://" or "@" inside a chunk without spaces. */
const CANDIDATE = /:\/\/|[a-z0-9-]\.[a-z]{2}|[a-z0-9]@[a-z0-9]/i;

/** What \s matches in a regular expression. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A link of a chunk, offsets in the chunk. */
type ChunkLink = Omit<Link, 'start' | 'end'> & { from: number; to: number };

/**
 * The links of a chunk, by chunk: linkify and URL parsing are pure, and a draft
 * is evaluated again at every pause in typing with the same chunks (and a long
 * one repeats its links). Cleared when full.
 */
const CHUNKS = new Map<string, readonly ChunkLink[]>();
const MAX_CHUNKS = 512;

function chunkLinks(chunk: string): readonly ChunkLink[] {
  const known = CHUNKS.get(chunk);
  if (known) return known;
  const out: ChunkLink[] = [];
  for (const l of find(chunk)) {
    if (l.type !== 'url' && l.type !== 'email') continue;
    let host: string;
    let path = '';
    if (l.type === 'email') host = l.value.split('@')[1]?.toLowerCase() ?? '';
    else {
      try {
        const u = new URL(l.href);
        host = u.hostname.toLowerCase();
        path = u.pathname + u.search;
      } catch {
        continue;
      }
    }
    out.push({ from: l.start, to: l.end, href: l.href, host, path, kind: l.type });
  }
  if (CHUNKS.size >= MAX_CHUNKS) CHUNKS.clear();
  CHUNKS.set(chunk, out);
  return out;
}

export function findLinks(source: string): Link[] {
  const out: Link[] = [];
  const n = source.length;
  // Chunks of four or more characters without spaces; only those with ':', '.' or '@' can hold a link.
  for (let i = 0; i < n;) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const start = i;
    let marks = false;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (isSpace(c)) break;
      if (c === 0x2e || c === 0x3a || c === 0x40) marks = true;
      i++;
    }
    if (!marks || i - start < 4 || i - start > 2048) continue;
    const chunk = source.slice(start, i);
    if (!CANDIDATE.test(chunk)) continue;
    for (const l of chunkLinks(chunk)) {
      const at = start + l.from;
      out.push({ start: at, end: at + (l.to - l.from), href: l.href, host: l.host, path: l.path, kind: l.kind });
    }
  }
  return out;
}

/** @handles (X, Facebook, YouTube style), not e-mail addresses. */
export function findMentions(norm: NormText): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.text.matchAll(/(^|[^\w@.])@([a-z0-9_][a-z0-9_.]{0,49})/g)) {
    let handle = m[2] ?? '';
    while (handle.endsWith('.')) handle = handle.slice(0, -1);
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const [start, end] = toSource(norm, at, at + 1 + handle.length);
    out.push({ start, end, handle });
  }
  return out;
}
