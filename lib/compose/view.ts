/**
 * What the guidance beside one compose box shows, computed from the findings
 * (pure: the components render it, the controller builds it). Findings of the
 * same rule and message become one item listing the words that triggered it,
 * and one fix button applies all of their fixes together.
 */
import type { LogEvent, TabState } from '../messaging';
import type { AccountDecision } from '../settings/account';
import type { ComposeBox } from '../sites/types';
import type { Finding, Fix, Lang, PolicyRef, RuleId, Severity, Site, Surface, TextEdit } from '../types';

/** One entry of the panel. */
export interface GuidanceItem {
  key: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  policyRef: PolicyRef;
  suggestion?: string;
  /** The words of the draft that triggered it (empty for the post as a whole). */
  excerpts: string[];
  fix?: Fix;
}

/** The account line of the panel. */
export interface AccountView {
  kind: 'personal' | 'official';
  source: 'official-match' | 'person' | 'default';
  /** The person may switch it (not locked by a manager, not matched to an official account). */
  canSwitch: boolean;
}

/** The outcome of the last fix, shown in the panel. */
export type Notice =
  | { kind: 'fixed' }
  | { kind: 'copied' }
  /** Neither applied nor copied: the corrected text is shown to copy by hand. */
  | { kind: 'failed'; text: string }
  | { kind: 'account-refused'; reason?: string };

export interface GuidanceView {
  lang: Lang;
  site: Site;
  surface: Surface;
  items: GuidanceItem[];
  severity: Severity | 'none';
  account: AccountView;
  /** The review prompt, when a submit was stopped. */
  review: { items: GuidanceItem[] } | null;
  notice: Notice | null;
  /** A fix is being applied. */
  busy: boolean;
}

/** Everything the person can do from the guidance. */
export interface GuidanceActions {
  applyFix(item: GuidanceItem): void;
  setAccount(kind: 'personal' | 'official'): void;
  reviewEdit(): void;
  reviewPostAnyway(): void;
  dismissNotice(): void;
  /** Address of the bundled policy page at a section's anchor. */
  policyUrl(anchor: string): string;
}

const RANK: Record<Severity, number> = { high: 0, warning: 1, info: 2 };

/** The highest severity among findings, or 'none'. */
export function topSeverity(findings: readonly { severity: Severity }[]): Severity | 'none' {
  let top: Severity | 'none' = 'none';
  for (const f of findings) if (top === 'none' || RANK[f.severity] < RANK[top]) top = f.severity;
  return top;
}

/** Rule ids, sorted and unique (the `data-rules` contract). */
export function ruleIds(findings: readonly { rule: RuleId }[]): RuleId[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}

/** Edits of several fixes as one fix, or the first alone when they would overlap. */
function mergeFixes(fixes: Fix[]): Fix | undefined {
  const [first] = fixes;
  if (!first || fixes.length === 1) return first;
  const edits: TextEdit[] = fixes.flatMap((f) => f.edits).sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if (edits[i]!.start < edits[i - 1]!.end) return first;
  return { ...first, edits };
}

/** Groups findings into panel items, most severe first, in order of position. */
export function itemsOf(findings: readonly Finding[], text: string): GuidanceItem[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}\u0000${f.message}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const items: GuidanceItem[] = [];
  for (const [key, list] of groups) {
    const f = list[0]!;
    const excerpts = [
      ...new Set(list.filter((x) => x.end > x.start).map((x) => text.slice(x.start, x.end).trim())),
    ].filter(Boolean);
    const fix = mergeFixes(list.flatMap((x) => (x.fix ? [x.fix] : [])));
    const item: GuidanceItem = {
      key,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      policyRef: f.policyRef,
      excerpts,
    };
    if (f.suggestion) item.suggestion = f.suggestion;
    if (fix) item.fix = fix;
    items.push(item);
  }
  return items.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** What the controller keeps for one compose box, as far as the view needs it. */
export interface BoxState {
  box: ComposeBox;
  decision: AccountDecision;
  items: GuidanceItem[];
  notice: Notice | null;
  busy: boolean;
}

/** The view of one box. `allowSwitch`: the manager lets people switch accounts. */
export function viewOf(s: BoxState, lang: Lang, allowSwitch: boolean, review: GuidanceItem[] | null): GuidanceView {
  return {
    lang,
    site: s.box.site,
    surface: s.box.surface,
    items: s.items,
    severity: topSeverity(s.items),
    account: {
      kind: s.decision.account,
      source: s.decision.source,
      // A matched official account is a fact of the page, not a choice.
      canSwitch: allowSwitch && s.decision.source !== 'official-match',
    },
    review: review ? { items: review } : null,
    notice: s.notice,
    busy: s.busy,
  };
}

/** What the popup shows for this tab: the box in use, and how many boxes there are. */
export function tabState(s: BoxState, boxes: number, accountLocked: boolean): TabState {
  const counts = { high: 0, warning: 0, info: 0 };
  for (const i of s.items) counts[i.severity]++;
  return {
    site: s.box.site,
    account: s.decision.account,
    accountSource: s.decision.source,
    accountLocked,
    boxes,
    counts,
    rules: ruleIds(s.items),
    recognition: s.box.generic ? 'generic' : 'precise',
  };
}

/** A log entry: rule ids, severities, site, account kind, surface; never text. */
export function logEvent(s: BoxState, action: LogEvent['action'], items: GuidanceItem[]): LogEvent {
  return {
    action,
    rules: items.map((i) => i.rule),
    severities: items.map((i) => i.severity),
    site: s.box.site,
    account: s.decision.account,
    surface: s.box.surface,
  };
}
