/** A match before its context is read: kind, view offsets, and how it ranks against an overlapping one. */
import type { PiiKind } from './types';

export interface Candidate {
  kind: PiiKind;
  s: number; // view offsets
  e: number;
  prio: number;
  /** Decided by the number or address itself; context is not consulted. */
  fixedOrg?: boolean;
  domain?: string;
  government?: boolean;
}

export const PRIORITY: Record<PiiKind, number> = {
  'health-card': 0,
  sin: 0,
  'case-number': 1,
  'date-of-birth': 2,
  email: 3,
  phone: 4,
  address: 5,
  'postal-code': 6,
};

export function add(out: Candidate[], c: Omit<Candidate, 'prio'>): void {
  (c as Candidate).prio = PRIORITY[c.kind];
  out.push(c as Candidate);
}
