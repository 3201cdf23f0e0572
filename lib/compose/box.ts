/**
 * One compose box as the controller keeps it, and what the person can do
 * from its guidance: apply a fix, switch the account, answer the review
 * prompt. The controller hands in what these need (`BoxHost`), so each action
 * is a small function of the box.
 */
import type { Finding } from '../types';
import type { LogEvent, Request, ResponseOf, Responses } from '../messaging';
import { resolveAccount } from '../settings/account';
import type { SiteAdapter } from '../sites/types';
import { applyEdits } from './apply';
import type { createHighlighter } from './highlights';
import { rangesFor } from './offsets';
import type { Session } from './session';
import { verdictFor, type SubmitIntent, type Verdict } from './submit';
import type { BoxState, GuidanceActions, GuidanceItem, GuidanceView } from './view';

/** Sends one request to the background and returns its answer. */
export type Send = <R extends Request>(request: R) => Promise<ResponseOf<R>>;

/** The guidance's UI for one box (a shadow root in the page, or a fake in tests). */
export interface GuidanceUi {
  /** The `<postwise-guidance>` host element, which carries the data-* contract. */
  host: HTMLElement;
  render(view: GuidanceView, actions: GuidanceActions, focusEditor: () => void): void;
  remove(): void;
}

/** A followed compose box. */
export interface Box extends BoxState {
  adapter: SiteAdapter;
  session: Session;
  ui: GuidanceUi | null;
  removed: boolean;
  /** Who posts, read from the page once (undefined: not read yet). */
  identity: ReturnType<SiteAdapter['identity']> | undefined;
  review: { items: GuidanceItem[]; intent: SubmitIntent } | null;
  actions: GuidanceActions;
  /** Rules already logged as shown for the current draft. */
  shown: Set<string>;
}

/** What the box actions need from the controller. */
export interface BoxHost {
  send: Send;
  copy(text: string): Promise<void>;
  report(where: string, error: unknown): void;
  policyUrl(anchor: string): string;
  render(box: Box): void;
  log(box: Box, action: LogEvent['action'], items: GuidanceItem[]): void;
  /** Dispatches a stopped submit again: the post goes on. */
  replay(box: Box, intent: SubmitIntent, fallback: EventTarget | null): void;
  settingsChanged(): Promise<void>;
}

const reader = (b: Box) => () => b.adapter.readText(b.box);

async function fix(b: Box, item: GuidanceItem, host: BoxHost): Promise<void> {
  if (!item.fix || b.busy) return;
  b.busy = true;
  host.render(b);
  try {
    const result = await applyEdits(b.box.element, item.fix.edits, { read: reader(b), copy: host.copy });
    if (result.ok) b.notice = { kind: 'fixed' };
    else b.notice = result.copied ? { kind: 'copied' } : { kind: 'failed', text: result.expected };
    if (result.ok) host.log(b, 'fix-applied', [item]);
  } catch (error) {
    host.report('fix', error);
  }
  b.busy = false;
  host.render(b);
  await b.session.flush(); // the new findings, without waiting for the pause
}

async function setAccount(b: Box, account: 'personal' | 'official', host: BoxHost): Promise<void> {
  try {
    const answer = await host.send({ type: 'set-account', site: b.box.site, account });
    if (answer?.ok) return await host.settingsChanged();
    b.notice = { kind: 'account-refused', reason: answer?.reason };
    host.render(b);
  } catch (error) {
    host.report('set-account', error);
  }
}

function reviewChoice(b: Box, action: 'review-edited' | 'review-posted-anyway', host: BoxHost): void {
  const review = b.review;
  if (!review) return;
  b.review = null;
  host.render(b);
  host.log(b, action, review.items);
  const el = b.box.element;
  if (action === 'review-edited' || review.intent.kind === 'key') el.focus();
  if (action === 'review-posted-anyway') {
    host.replay(b, review.intent, review.intent.kind === 'click' ? b.adapter.findSubmit(b.box) : el);
  }
}

/** The actions of one box's guidance. */
export function actionsFor(b: Box, host: BoxHost): GuidanceActions {
  return {
    applyFix: (item) => void fix(b, item, host),
    setAccount: (account) => void setAccount(b, account, host),
    reviewEdit: () => reviewChoice(b, 'review-edited', host),
    reviewPostAnyway: () => reviewChoice(b, 'review-posted-anyway', host),
    dismissNotice: () => {
      b.notice = null;
      host.render(b);
    },
    policyUrl: host.policyUrl,
  };
}

/**
 * A submit from this box was stopped. `review`: show the prompt. `hold` (typed
 * since the last answer): evaluate now, then show the prompt, or let the
 * submit go on as the person meant it when there is nothing high.
 */
export async function submitStopped(
  b: Box,
  intent: SubmitIntent,
  verdict: Exclude<Verdict, 'pass'>,
  host: BoxHost,
): Promise<void> {
  if (verdict === 'hold') {
    await b.session.flush().catch((error: unknown) => host.report('hold', error));
    if (!b.items.some((i) => i.severity === 'high')) return host.replay(b, intent, b.box.element);
  }
  b.review = { items: b.items, intent };
  host.render(b);
}

/** Inserts `text` as a new paragraph at the end of the box (the popup's Insert), like a fix. */
export async function insertAtEnd(b: Box, text: string, host: BoxHost): Promise<{ ok: boolean; reason?: string }> {
  const current = b.adapter.readText(b.box);
  const end = current.trimEnd().length;
  const edit = { start: end, end: current.length, text: (end ? '\n\n' : '') + text };
  const result = await applyEdits(b.box.element, [edit], { read: reader(b), copy: host.copy });
  if (result.ok) return { ok: true };
  return { ok: false, reason: result.copied ? 'copied to the clipboard instead' : 'the editor did not accept it' };
}

/** Whether a node is Postwise's own UI: inside its host element or its shadow root. */
export function insideHost(node: Node, hostTag: string): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).tagName === hostTag) return true;
    if (n.nodeType === 11) return (n as ShadowRoot).host?.tagName === hostTag; // inside our shadow root
  }
  return false;
}

/** Who posts from this box: official when the page's identity is a configured official account. */
export function decideAccount(
  b: Box,
  doc: Document,
  settings: Responses['settings'],
  report: (where: string, error: unknown) => void,
): void {
  if (b.identity === undefined) {
    try {
      b.identity = b.adapter.identity(doc, b.box);
    } catch (error) {
      b.identity = null;
      report('identity', error);
    }
  }
  b.decision = resolveAccount(b.box.site, b.identity, settings.settings, settings.accountChoices);
}

/** Highlights the findings' words, when the box still holds the text they were found in. */
export function highlightFindings(
  highlighter: ReturnType<typeof createHighlighter>,
  b: Box,
  findings: readonly Finding[],
  text: string,
): void {
  // Offsets are only valid for the text they were computed on.
  const spans = findings.filter((f) => f.end > f.start);
  if (spans.length && b.adapter.readText(b.box) === text) {
    const ranges = rangesFor(b.box.element, spans);
    highlighter.set(
      b,
      spans.flatMap((f, i) => (ranges[i] ? [{ range: ranges[i], severity: f.severity }] : [])),
    );
  } else highlighter.clear(b);
}

/** The boxes as the submit guard reads them: where to submit, and whether a submit must stop for review. */
export function submitTargets(boxes: Iterable<Box>, reviewBeforePosting: boolean) {
  return [...boxes].map((e) => ({
    element: e.box.element,
    submitControl: () => e.adapter.findSubmit(e.box),
    isKeyboardSubmit: (ev: KeyboardEvent) => e.adapter.isKeyboardSubmit(ev, e.box),
    // Without its UI no prompt can be shown: never stop a submit that cannot be explained.
    verdict: () =>
      e.ui ? verdictFor({ findings: e.session.findings, dirty: e.session.dirty, reviewBeforePosting }) : 'pass',
  }));
}
