/**
 * The signals several rules share (RULES.md, "Signals"): whether the post is
 * about the writer's work, whether the writer identified themselves as a
 * provincial employee, and whether it carries a disclaimer.
 */
import type { LexHit } from './lexicon';
import type { Analysis } from './analysis';

export interface Signals {
  /** The post talks about the writer's job or workplace, or a provincial department, program or service. */
  workRelated: boolean;
  /** The hits that made it work-related (for highlighting). */
  workHits: readonly LexHit[];
  /** The writer names the employer and says they work there. */
  selfIdentified: boolean;
  /** "Views are my own" and the like. */
  hasDisclaimer: boolean;
}

const ATTRIBUTION_BEFORE = new Set(['says', 'said', 'per', 'selon', 'via']);

/** A department named as a source ("says the Department of Health") is not the subject. */
function isAttribution(a: Analysis, hit: LexHit): boolean {
  if (a.inSentence('attribution', a.sentenceOf(hit)).length) return true;
  const before = a.tokens.slice(Math.max(0, hit.from - 2), hit.from).map((t) => t.text);
  if (before.some((w) => ATTRIBUTION_BEFORE.has(w))) return true;
  return before.join(' ') === 'according to' || (before[1] === 'to' && a.tokens[hit.from - 3]?.text === 'according');
}

const DEPARTMENT_WORDS = /department|ministry|ministere/;

export function signals(a: Analysis): Signals {
  return a.once('signals', () => {
    const workHits: LexHit[] = [
      ...a.hits('work-cue'),
      ...a.hits('self-id'),
      ...a.hits('on-behalf'),
      ...a.hits('service-delivery'),
      ...a.hits('dept').filter((h) => !isAttribution(a, h)),
    ];
    // "The province's new heat pump rebate": the provincial government and one of its programs.
    for (const ref of a.hits('gov-ref')) {
      if (isAttribution(a, ref)) continue;
      const sentence = a.sentenceOf(ref);
      const specific = (ref.entry.data as { specific?: boolean } | undefined)?.specific === true;
      // "The department's new rules": a department, not Ottawa or a town, deciding something.
      const department =
        !specific && DEPARTMENT_WORDS.test(ref.entry.phrase) && !a.inSentence('other-gov', sentence).length;
      if ((specific || department) && a.inSentence('policy-noun', sentence).length) workHits.push(ref);
    }
    // Announcing a program is talking about the work of a department.
    if (a.has('announce') && a.has('program-context')) workHits.push(...a.hits('announce'));
    workHits.push(...a.hits('announce-strong'));
    return {
      workRelated: workHits.length > 0,
      workHits,
      selfIdentified: a.has('self-id'),
      hasDisclaimer: a.has('disclaimer'),
    };
  });
}
