/**
 * Organisational or personal? The cue words around a match (our office,
 * hotline; me, my, his, dad) give a verdict, clause by clause (see index.ts).
 */
import { PII_PATTERNS } from './patterns';
import { anyIn, collect, collectIn, type Hits } from './text';

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

/**
 * Every cue of the draft, each found once and only when a verdict first asks
 * for it. With `ranges` (sorted [start, end) pairs that no cue crosses, such as
 * sentences), only the cues in them are found: the verdicts read no others.
 */
export function findCues(t: string, ranges?: ReadonlyArray<readonly [number, number]>): CueSet {
  return new Cues(t, ranges);
}

/**
 * The cues, found on first read. Getters of a class, not of an object literal: a
 * literal's getters are new functions at every call, and give every result a map
 * of its own (kept alive by the property caches until a full collection).
 */
class Cues implements CueSet {
  private found: Partial<CueSet> = {};

  constructor(
    private readonly t: string,
    private readonly ranges: ReadonlyArray<readonly [number, number]> | undefined,
  ) {}

  private cue(key: keyof CueSet, re: RegExp): Hits {
    return (this.found[key] ??= this.ranges ? collectIn(re, this.t, this.ranges) : collect(re, this.t));
  }

  get org(): Hits {
    return this.cue('org', PII_PATTERNS.orgCue);
  }

  /** Read only where a bare "our" is organisational (official accounts). */
  get pronoun(): Hits {
    return this.cue('pronoun', PII_PATTERNS.orgPronoun);
  }

  get own(): Hits {
    return this.cue('own', PII_PATTERNS.ownCue);
  }

  get third(): Hits {
    return this.cue('third', PII_PATTERNS.thirdCue);
  }

  get personal(): Hits {
    return this.cue('personal', PII_PATTERNS.personalCue);
  }

  /** Read only for addresses and postal codes. */
  get home(): Hits {
    return this.cue('home', PII_PATTERNS.homeCue);
  }
}
