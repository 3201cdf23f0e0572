/**
 * The engine's vocabulary, shared by every part of Postwise. Pure types: no
 * browser, no DOM. Rule ids are stable (see RULE_IDS in rules/ids.ts).
 */
import type { RuleId } from './rules/ids';

export type { RuleId };
export type Severity = 'high' | 'warning' | 'info';
export type Account = 'personal' | 'official' | 'unknown';
export type Site = 'facebook' | 'x' | 'youtube' | 'other';
export type Surface = 'post' | 'reply' | 'comment' | 'message' | 'quote';
export type Lang = 'en' | 'fr';

export interface EvalContext {
  /** Who is posting: unknown is treated as personal. */
  account: Account;
  site: Site;
  surface: Surface;
  /** ISO-8601 timestamp with offset. Without it the work-hours rule stays silent. */
  at?: string;
}

/** One edit of the draft: replace [start, end) with text (UTF-16 offsets). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A one-click fix: the edits to apply, in order of position, and a label for the button. */
export interface Fix {
  kind: 'append-disclaimer' | 'redact' | 'remove' | 'append-text';
  label: string;
  edits: TextEdit[];
}

export interface PolicyRef {
  /** Section heading as written in the policy, e.g. "Professionalism". */
  section: string;
  /** Stable anchor of the section in the bundled policy page. */
  anchor: string;
  /** The policy's own words. */
  quote: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets of the words that triggered the rule; 0/0 for the post as a whole. */
  start: number;
  end: number;
  message: string;
  policyRef: PolicyRef;
  suggestion?: string;
  fix?: Fix;
}
