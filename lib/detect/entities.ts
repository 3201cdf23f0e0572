/**
 * Which entity hits of the first lexicon pass are what they seem: a party,
 * politician, office or department written the way the name is (Liberal, not
 * liberal arts; PC, not a pc), and an ambiguous surname (Houston) only beside
 * another political word or a demand only politicians get ("has to go").
 */
import type { LexHit } from './lexicon';
import type { EntityData } from './political';

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

const POLITICAL = new Set(['party', 'politician', 'political-role']);

/** Whether an entity's spelling and surroundings make it what it seems. `typed` gives a hit's text as written. */
function acceptEntity(hit: LexHit, typed: (h: LexHit) => string, notPolitical: readonly LexHit[]): boolean {
  const data = hit.entry.data as EntityData | undefined;
  if (data?.upper) {
    const text = typed(hit).replace(/['’]?s$/, '');
    if (!isUpper(text)) return false;
  }
  if (data?.capital) {
    const first = typed(hit).charAt(0);
    if (!isUpper(first)) return false;
  }
  if (data?.titled) {
    const words = typed(hit)
      .split(/[\s'’-]+/)
      .filter((w) => w.length > 3);
    if (!words.every((w) => isUpper(w.charAt(0)))) return false;
  }
  if (POLITICAL.has(hit.category)) {
    for (const n of notPolitical) if (n.from <= hit.from && n.to >= hit.to) return false;
  }
  return true;
}

/** Political words that settle an ambiguous surname beside them. */
const SETTLING = new Set(['party', 'political-role', 'politics-topic']);

const isAmbiguous = (h: LexHit) => (h.entry.data as EntityData | undefined)?.ambiguous === true;

/**
 * The first pass's hits, less the entities that are not what they seem (the
 * same array when none is dropped). `hasPoliticalLink` is asked only when no
 * other political word settles it.
 */
export function acceptEntities(
  hits: readonly LexHit[],
  typed: (h: LexHit) => string,
  hasPoliticalLink: () => boolean,
): readonly LexHit[] {
  const notPolitical: LexHit[] = [];
  for (const h of hits) if (h.category === 'not-political') notPolitical.push(h);
  // dropped[i]: hit i is left out. Most drafts drop none, and then no array is copied.
  let dropped: Uint8Array | undefined;
  for (let i = 0; i < hits.length; i++) {
    if (!acceptEntity(hits[i]!, typed, notPolitical)) (dropped ??= new Uint8Array(hits.length))[i] = 1;
  }
  // An ambiguous surname (Houston) counts only beside another political word or link.
  let hasOther = false;
  for (let i = 0; i < hits.length && !hasOther; i++) {
    const h = hits[i]!;
    if (dropped?.[i]) continue;
    hasOther = SETTLING.has(h.category) || (h.category === 'politician' && !isAmbiguous(h));
  }
  hasOther ||= hasPoliticalLink();
  // … or right before a demand only politicians get: "Houston has to go", "Houston must resign".
  const stances: LexHit[] = [];
  for (let i = 0; i < hits.length; i++) if (!dropped?.[i] && hits[i]!.category === 'stance') stances.push(hits[i]!);
  const demanded = (h: LexHit) => {
    for (const s of stances) if (s.from >= h.to && s.from - h.to <= 2) return true;
    return false;
  };
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (dropped?.[i]) continue;
    if (h.category === 'politician' && isAmbiguous(h) && !hasOther && !demanded(h)) {
      (dropped ??= new Uint8Array(hits.length))[i] = 1;
    }
  }
  if (!dropped) return hits;
  const kept: LexHit[] = [];
  for (let i = 0; i < hits.length; i++) if (!dropped[i]) kept.push(hits[i]!);
  return kept;
}
