/**
 * Detector cues for the judgment model (lib/data/judgment-cues.json): a cue is a category name, or
 * several joined by "+" that must all be present ("negative+gov-ref-strong": a negative judgment
 * beside a reference to the province), so a cue can ask for stance as well as topic.
 */
export function hasCue(cues: readonly string[], present: ReadonlySet<string>): boolean {
  return cues.some((cue) => cue.split('+').every((c) => present.has(c)));
}
