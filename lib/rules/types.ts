/**
 * How a rule is declared: one file per rule in lib/rules/, each exporting a
 * RuleDefinition. The engine does the rest (severity by account, settings,
 * messages in the reader's language, findings).
 */
import type { Fix, Lang, PolicyRef, RuleId, Severity } from '../types';
import type { Analysis } from '../detect/analysis';
import type { Signals } from '../detect/signals';
import { citation } from './policy';

/** Severity for each account; null: the rule never fires for that account. */
export interface SeverityTable {
  personal: Severity | null;
  official: Severity | null;
  /** Severity on a personal account when the post is work-related. */
  personalWorkRelated?: Severity;
}

export interface RuleText {
  /** What may break the policy, by variant ('default' always present). */
  message: Record<string, string> & { default: string };
  suggestion: string;
  /** The fix button's label, when the rule offers a fix. */
  fix?: string;
}

/** Where in the text, and which message variant. */
export interface RuleSpan {
  start: number;
  end: number;
  variant?: string;
  /** The edits of a one-click fix, built with the reader's language. */
  fix?: (lang: Lang, label: string) => Fix;
}

/** What a rule file declares: the policy it cites comes from its entry in ids.ts. */
export interface RuleDeclaration {
  id: RuleId;
  severity: SeverityTable;
  text: Record<Lang, RuleText>;
  /** Pure: reads the analysis, returns where the rule fires (empty: it does not). */
  check(a: Analysis, s: Signals): RuleSpan[];
  /**
   * When the rule fires on a personal account, the draft is about the writer's work (RULES.md,
   * "work-related"): official business from a personal account, internal government information.
   * Such rules are checked first, so the work signal's rules and severities see it.
   */
  impliesWork?: boolean;
}

export interface RuleDefinition extends RuleDeclaration {
  /** Section of the policy, anchor in the bundled policy page, and the policy's own words. */
  policy: PolicyRef & { sectionFr: string; quoteFr: string };
}

/** Keeps each rule file's declaration checked against the type, and adds what the rule cites. */
export function defineRule(rule: RuleDeclaration): RuleDefinition {
  return { ...rule, policy: citation(rule.id) };
}
