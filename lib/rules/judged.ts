/**
 * How the judgment model (lib/model) and a rule's patterns decide together:
 * the patterns' findings stand unless the model is sure the draft is not a case
 * (a "top secret" fricot recipe); when the patterns found nothing and the
 * model's calibrated decision fires, the finding points at the sentence or
 * window that weighed most, with the rule's 'judged' message ("reads as …").
 */
import type { Head } from '../model/model';
import type { Signals } from '../detect/signals';
import type { RuleSpan } from './types';

export function judged(s: Signals, head: Head, spans: RuleSpan[]): RuleSpan[] {
  const j = s.judgment?.[head];
  if (spans.length) return j?.vetoes ? [] : spans;
  return j?.fires ? [{ start: j.start, end: j.end, variant: 'judged' }] : [];
}
