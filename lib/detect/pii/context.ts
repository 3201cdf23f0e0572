/**
 * Organisational or personal? The cue words around a match (our office,
 * hotline; me, my, his, dad) give a verdict, clause by clause (see index.ts).
 */
import { PII_PATTERNS } from './patterns';
import { anyIn, collect, type Hits } from './text';

export interface CueSet {
  org: Hits;
  pronoun: Hits;
  own: Hits;
  third: Hits;
  personal: Hits;
  home: Hits;
}

export const V_ORG = 1;
export const V_OWN = 2;
export const V_CUED = 4;

function hasIn(h: Hits, a1: number, b1: number, a2: number, b2: number): boolean {
  return anyIn(h, a1, b1) || anyIn(h, a2, b2);
}

/** Verdict (V_* bits) from the cues in [a1, b1) and [a2, b2). */
export function judge(
  cues: CueSet,
  a1: number,
  b1: number,
  a2: number,
  b2: number,
  place: boolean,
  pronounIsOrg: boolean,
): number {
  const own = hasIn(cues.own, a1, b1, a2, b2);
  const third = hasIn(cues.third, a1, b1, a2, b2);
  const personal = own || third || hasIn(cues.personal, a1, b1, a2, b2) || (place && hasIn(cues.home, a1, b1, a2, b2));
  const org = hasIn(cues.org, a1, b1, a2, b2) || (pronounIsOrg && hasIn(cues.pronoun, a1, b1, a2, b2));
  return (!personal && org ? V_ORG : 0) | (own && !third ? V_OWN : 0) | (personal || org ? V_CUED : 0);
}

/** Every cue of the draft, found once. */
export function findCues(t: string): CueSet {
  return {
    org: collect(PII_PATTERNS.orgCue, t),
    pronoun: collect(PII_PATTERNS.orgPronoun, t),
    own: collect(PII_PATTERNS.ownCue, t),
    third: collect(PII_PATTERNS.thirdCue, t),
    personal: collect(PII_PATTERNS.personalCue, t),
    home: collect(PII_PATTERNS.homeCue, t),
  };
}
