/**
 * Detector cues for the judgment model (lib/data/judgment-cues.json). A cue is a category name, or
 * several joined by "+" that must all hold; a term "!name" holds when that category is absent
 * ("negative+gov-ref-strong": a negative judgment beside a reference to the province). A cue lowers
 * the bar for the model's finding. An entry written "block:…" is the opposite: when it holds, the
 * model alone cannot fire that head ("block:other-gov+!gov-ref-strong": the city or Ottawa, and not
 * the province, is not criticism of the provincial government). Patterns decide as before.
 */
const BLOCK = 'block:';

function holds(expr: string, present: ReadonlySet<string>): boolean {
  return expr.split('+').every((t) => (t.startsWith('!') ? !present.has(t.slice(1)) : present.has(t)));
}

export function hasCue(cues: readonly string[], present: ReadonlySet<string>): boolean {
  return cues.some((cue) => !cue.startsWith(BLOCK) && holds(cue, present));
}

export function isBlocked(cues: readonly string[], present: ReadonlySet<string>): boolean {
  return cues.some((cue) => cue.startsWith(BLOCK) && holds(cue.slice(BLOCK.length), present));
}

/** The categories a cue or block names (for the data test). */
export function cueCategories(cue: string): string[] {
  return (cue.startsWith(BLOCK) ? cue.slice(BLOCK.length) : cue).split('+').map((t) => t.replace(/^!/, ''));
}
