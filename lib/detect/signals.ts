/**
 * The signals several rules share (RULES.md, "Signals"): whether the post is
 * about the writer's work, whether the writer identified themselves as a
 * provincial employee, and whether it carries a disclaimer.
 */
import type { LexHit } from './lexicon';
import type { Analysis } from './analysis';
import type { Judgment } from '../model/judge';

export interface Signals {
  /** The post talks about the writer's job or workplace, or a provincial department, program or service. */
  workRelated: boolean;
  /** The hits that made it work-related (for highlighting). */
  workHits: readonly LexHit[];
  /** The writer names the employer and says they work there. */
  selfIdentified: boolean;
  /** "Views are my own" and the like. */
  hasDisclaimer: boolean;
  /** The judgment model's reading of the draft, when a model is loaded (lib/model). */
  judgment?: Judgment;
  /** Where a rule that implies work fired (official business, internal information), when that made it work-related. */
  impliedBy?: { start: number; end: number };
}

const ATTRIBUTION_BEFORE = new Set(['says', 'said', 'per', 'selon', 'via']);

/** A department named as a source ("says the Department of Health") is not the subject. */
function isAttribution(a: Analysis, hit: LexHit): boolean {
  if (a.inSentence('attribution', a.sentenceOf(hit)).length) return true;
  // The two words before the hit (fewer at the start of the draft).
  const first = hit.from >= 2 ? a.wordText(hit.from - 2) : undefined;
  const last = hit.from >= 1 ? a.wordText(hit.from - 1) : undefined;
  if ((first !== undefined && ATTRIBUTION_BEFORE.has(first)) || (last !== undefined && ATTRIBUTION_BEFORE.has(last))) {
    return true;
  }
  // "according to", or "according to the".
  return (
    hit.from >= 2 &&
    ((first === 'according' && last === 'to') || (last === 'to' && a.wordText(hit.from - 3) === 'according'))
  );
}

/**
 * Whether the draft is about a government program: one named (a department,
 * "the province"), or several program words together ("applications for the …
 * Rebate Program"), not an MBA program or a book club.
 */
export function aboutGovernmentProgram(a: Analysis): boolean {
  return a.once('aboutGovernmentProgram', () => {
    if (a.has('gov-ref') || a.pii.some((m) => m.kind === 'email' && m.government)) return true;
    const words = a.hits('program-context');
    if (new Set(words.map((h) => h.entry.phrase)).size >= 2) return true;
    // A program named with capitals mid-sentence: "the Small Business Energy Rebate".
    return words.some((h) => {
      const typed = a.typed(h);
      const { count, sentence } = a.words;
      const before = h.from - 1;
      return /^[A-Z]/.test(typed) && before >= 0 && before < count && sentence[before] === sentence[h.from];
    });
  });
}

/**
 * Where the writer says they work: a self-identifying phrase ("I work for NS Health"), or a job
 * title tied to a named employer ("registry clerk at Service Nova Scotia", "agente au Bureau de
 * l'immigration") that is not someone else's ("the clerk at …", "ma cousine est agente au …").
 */
export function selfIdHits(a: Analysis): LexHit[] {
  return a.once('self-id-hits', () => {
    const others = a.hits('role-other');
    const titles = a.hits('role-at-employer').filter((h) => !others.some((o) => o.from < h.from && o.to > h.from));
    return [...a.hits('self-id'), ...titles];
  });
}

const DEPARTMENT_WORDS = /department|ministry|ministere/;

/** A reference that can only mean the provincial government: a department, "the province's" … */
export function isSpecificGovernment(ref: LexHit): boolean {
  return ref.category === 'dept' || ref.category === 'gov-ref-strong';
}

/**
 * The signals from the patterns, joined by the judgment model when one is given:
 * a draft the model reads as about the writer's work is work-related, and one it
 * reads as saying where the writer works is self-identified; a pattern's cue
 * stands unless the model is sure it misread (a friend's job, the office party).
 */
export function signals(a: Analysis, judgment?: Judgment): Signals {
  return a.once('signals', () => {
    const notWork = a.hits('work-cue-not');
    const workHits: LexHit[] = [
      // "my work email" is an address, not a post about work.
      ...a.hits('work-cue').filter((h) => !notWork.some((n) => n.from <= h.from && n.to >= h.to)),
      ...a.hits('workplace').filter((h) => !isAttribution(a, h)),
      ...selfIdHits(a),
      ...a.hits('on-behalf'),
      ...a.hits('case-request'),
      ...(a.has('your-case') ? a.hits('service-strong') : []),
      ...(aboutGovernmentProgram(a)
        ? [...a.hits('service-delivery'), ...a.hits('service-strong'), ...a.hits('case-request-program')]
        : []),
      ...a.hits('dept').filter((h) => !isAttribution(a, h)),
    ];
    // "The province's new heat pump rebate": the provincial government and one of its programs.
    for (const ref of a.hits('gov-ref')) {
      if (isAttribution(a, ref)) continue;
      const sentence = a.sentenceOf(ref);
      const specific = isSpecificGovernment(ref);
      // "The department's new rules": a department, not Ottawa or a town, deciding something.
      const department =
        !specific && DEPARTMENT_WORDS.test(ref.entry.phrase) && !a.inSentence('other-gov', sentence).length;
      // A program or service, not any policy: "the province's heat pump rebate" is about the work
      // of a department; "the province's rent cap is a disaster" is an opinion on a policy.
      if ((specific || department) && a.inSentence('program-noun', sentence).length) workHits.push(ref);
    }
    // Announcing a program is talking about the work of a department.
    if (a.has('announce') && aboutGovernmentProgram(a)) workHits.push(...a.hits('announce'));
    workHits.push(...a.hits('announce-strong'));
    return {
      workRelated: (workHits.length > 0 && judgment?.work.vetoes !== true) || judgment?.work.fires === true,
      workHits,
      selfIdentified:
        (selfIdHits(a).length > 0 && judgment?.['self-id'].vetoes !== true) || judgment?.['self-id'].fires === true,
      hasDisclaimer: a.has('disclaimer'),
      judgment,
    };
  });
}
