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
    if (notPolitical.some((n) => n.from <= hit.from && n.to >= hit.to)) return false;
  }
  return true;
}

/** Political words that settle an ambiguous surname beside them. */
const SETTLING = new Set(['party', 'political-role', 'politics-topic']);

const isAmbiguous = (h: LexHit) => (h.entry.data as EntityData | undefined)?.ambiguous === true;

/**
 * The first pass's hits, less the entities that are not what they seem.
 * `hasPoliticalLink` is asked only when no other political word settles it.
 */
export function acceptEntities(
  hits: readonly LexHit[],
  typed: (h: LexHit) => string,
  hasPoliticalLink: () => boolean,
): LexHit[] {
  const notPolitical = hits.filter((h) => h.category === 'not-political');
  const kept = hits.filter((h) => acceptEntity(h, typed, notPolitical));
  // An ambiguous surname (Houston) counts only beside another political word or link.
  const hasOther =
    kept.some((h) => SETTLING.has(h.category) || (h.category === 'politician' && !isAmbiguous(h))) ||
    hasPoliticalLink();
  // … or right before a demand only politicians get: "Houston has to go", "Houston must resign".
  const stances = kept.filter((h) => h.category === 'stance');
  const demanded = (h: LexHit) => stances.some((s) => s.from >= h.to && s.from - h.to <= 2);
  return kept.filter((h) => !(h.category === 'politician' && isAmbiguous(h) && !hasOther && !demanded(h)));
}
