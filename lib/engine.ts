/**
 * The guideline engine: evaluate(text, context, settings?) -> Finding[].
 * Pure, synchronous and deterministic. It never throws: a rule that fails is
 * left out of the result (and reported through onError), the others go on.
 */
import type { EvalContext, Finding, Lang, Severity } from './types';
import { DEFAULT_SETTINGS, FALLBACK_CONTACT, type Settings } from './settings/schema';
import { Analysis } from './detect/analysis';
import { signals } from './detect/signals';
import { RULE_LIST } from './rules/index';
import type { RuleDefinition, RuleSpan } from './rules/types';
import { defaultModel, judge, type JudgmentModel } from './model/index';

/** Drafts longer than this are read up to this length (about 60 pages). */
export const MAX_TEXT = 200_000;
/** At most this many findings per rule: a 100,000-character paste stays readable. */
export const MAX_PER_RULE = 20;

export interface EvaluateOptions {
  /** Language of messages; 'auto' in settings means English here (the UI resolves it first). */
  lang?: Lang;
  onError?: (ruleId: string, error: unknown) => void;
  /** The judgment model: the bundled one when left out; null for the patterns alone (training, comparisons). */
  model?: JudgmentModel | null;
}

const RANK: Record<Severity, number> = { high: 0, warning: 1, info: 2 };

function severityFor(rule: RuleDefinition, account: 'personal' | 'official', workRelated: boolean): Severity | null {
  const t = rule.severity;
  if (account === 'official') return t.official;
  if (t.personal === null) return null;
  return workRelated && t.personalWorkRelated ? t.personalWorkRelated : t.personal;
}

function contactText(settings: Settings, lang: Lang): string {
  const c = settings.commsContact;
  if (c.name || c.title) {
    const who = [c.name, c.title].filter(Boolean).join(', ');
    return c.phone || c.email ? `${who} (${[c.phone, c.email].filter(Boolean).join(', ')})` : who;
  }
  const f = FALLBACK_CONTACT;
  return lang === 'fr'
    ? `votre directeur des communications ou, à défaut, Communications Nouvelle-Écosse, directeur, Politiques et services ministériels, ${f.phone}`
    : `your Communications Director or, failing that, ${f.name}, ${f.title}, ${f.phone}`;
}

function dedupe(spans: RuleSpan[]): RuleSpan[] {
  // Sorted by start and end, the spans with the same offsets are side by side: the first of each stays.
  return spans
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s, i, all) => i === 0 || s.start !== all[i - 1]!.start || s.end !== all[i - 1]!.end);
}

export function evaluate(
  text: string,
  context: EvalContext,
  settings: Partial<Settings> = {},
  options: EvaluateOptions = {},
): Finding[] {
  const full: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const lang: Lang = options.lang ?? (full.language === 'fr' ? 'fr' : 'en');
  const draft = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  let analysis: Analysis;
  let sig: ReturnType<typeof signals>;
  try {
    analysis = new Analysis(draft, context, full);
    const model = options.model === undefined ? defaultModel() : options.model;
    let judgment;
    try {
      judgment = model ? judge(analysis, model) : undefined;
    } catch (error) {
      // The model failing leaves the patterns to decide alone.
      options.onError?.('(model)', error);
    }
    sig = signals(analysis, judgment);
  } catch (error) {
    options.onError?.('(analysis)', error);
    return [];
  }
  // Official business or internal information from a personal account is about the writer's work,
  // whether or not a rule turned off reports it: those rules are checked first.
  const early = new Map<RuleDefinition, RuleSpan[]>();
  if (analysis.account === 'personal') {
    for (const rule of RULE_LIST) {
      if (!rule.impliesWork) continue;
      try {
        early.set(rule, rule.check(analysis, sig));
      } catch (error) {
        options.onError?.(rule.id, error);
        early.set(rule, []);
      }
    }
    const first = [...early.values()].flat().sort((x, y) => x.start - y.start)[0];
    if (first && !sig.workRelated)
      sig = { ...sig, workRelated: true, impliedBy: { start: first.start, end: first.end } };
  }
  const findings: Finding[] = [];
  for (const rule of RULE_LIST) {
    const override = full.rules[rule.id];
    if (override?.enabled === false) continue;
    const computed = severityFor(rule, analysis.account, sig.workRelated);
    if (computed === null) continue;
    const severity = override?.severity ?? computed;
    try {
      const spans = dedupe(early.get(rule) ?? rule.check(analysis, sig)).slice(0, MAX_PER_RULE);
      const t = rule.text[lang];
      for (const span of spans) {
        const message = t.message[span.variant ?? 'default'] ?? t.message.default;
        const finding: Finding = {
          rule: rule.id,
          severity,
          start: span.start,
          end: span.end,
          message,
          policyRef: {
            section: lang === 'fr' ? rule.policy.sectionFr : rule.policy.section,
            anchor: rule.policy.anchor,
            quote: lang === 'fr' ? rule.policy.quoteFr : rule.policy.quote,
          },
          suggestion: t.suggestion.replace('{contact}', contactText(full, lang)),
        };
        if (span.fix && t.fix) finding.fix = span.fix(lang, t.fix);
        findings.push(finding);
      }
    } catch (error) {
      options.onError?.(rule.id, error);
    }
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
}
