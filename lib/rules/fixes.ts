/** Builders of one-click fixes: pure edits of the draft's text. */
import type { Fix } from '../types';

/** Removes [start, end) and one space beside it, so no double space is left. */
export function removeSpan(text: string, start: number, end: number, label: string): Fix {
  let s = start;
  let e = end;
  if (text[e] === ' ' && (s === 0 || text[s - 1] === ' ' || text[s - 1] === '\n')) e++;
  else if (s > 0 && text[s - 1] === ' ') s--;
  return { kind: 'remove', label, edits: [{ start: s, end: e, text: '' }] };
}

/** Replaces every digit and letter of an identifier with a mask, keeping its shape. */
export function redactSpan(text: string, start: number, end: number, label: string): Fix {
  const masked = text.slice(start, end).replace(/[\p{L}\p{N}]/gu, '•');
  return { kind: 'redact', label, edits: [{ start, end, text: masked }] };
}

/** Appends a paragraph at the end of the draft. */
export function appendText(text: string, addition: string, label: string, kind: Fix['kind'] = 'append-text'): Fix {
  const trimmed = text.trimEnd();
  const sep = trimmed.length ? '\n\n' : '';
  return { kind, label, edits: [{ start: trimmed.length, end: text.length, text: sep + addition }] };
}
