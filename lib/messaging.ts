/**
 * The typed protocol between the parts of Postwise: content scripts, popup and
 * options page send a Request to the background, which answers with the
 * matching Response. Types only (and a guard); no browser API here.
 *
 * Privacy: only `evaluate` and `moderate` carry text, and the background never stores it.
 * Every other message carries rule ids, reasons, severities, counts and one-way hashes.
 */
import type { Account, EvalContext, Finding, Lang, RuleId, Severity, Site, Surface } from './types';
import type { ResolvedSettings, Settings, SettingProblem } from './settings/schema';
import type { DashboardData } from './log/dashboard';
import type { BreachCard, BreachOrigin } from './breach/card';
import type { Acknowledgement, AcknowledgementStatus } from './welcome/acknowledgement';
import type { CommentKey, ModerationReason, ModerationVerdict } from './moderation/types';

/** What a log entry records: never text, never a name or a handle. */
export type LogAction =
  | 'guidance-shown'
  | 'fix-applied'
  | 'review-edited'
  | 'review-posted-anyway'
  | 'post-made'
  | 'reminder-shown'
  | 'reminder-snoozed'
  /** The generic layer guided a box the site's adapter did not recognise (once per page). */
  | 'generic-takeover';

export interface LogEvent {
  action: LogAction;
  site: Site;
  account: 'personal' | 'official';
  surface?: Surface;
  rules: RuleId[];
  severities: Severity[];
  /** Set by the background: milliseconds since the epoch. */
  at?: number;
}

/** What a tab's content script last saw, for the popup. */
export interface TabState {
  site: Site;
  account: 'personal' | 'official';
  /** Whether the account came from the page (matched an official account), the person, or a default. */
  accountSource: 'official-match' | 'person' | 'default';
  /** True when a manager locked the account choice. */
  accountLocked: boolean;
  /** Compose boxes open on the page. */
  boxes: number;
  counts: Record<Severity, number>;
  rules: RuleId[];
  /** How the box in use was recognised: by the site's adapter, or only by the generic layer. */
  recognition?: 'precise' | 'generic';
}

export type Request =
  | { type: 'evaluate'; text: string; context: EvalContext; lang?: Lang }
  | { type: 'settings' }
  | { type: 'set-user-settings'; values: Partial<Settings> }
  | { type: 'set-account'; site: Site; account: Account }
  | { type: 'log'; event: LogEvent }
  | ActivityRequest
  | { type: 'tab-state'; state: TabState }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'insert-text'; tabId: number; text: string }
  | { type: 'export-log'; format: 'json' | 'csv' }
  | { type: 'clear-log' }
  | { type: 'dashboard-data'; days?: number }
  | { type: 'snooze-reminder'; site?: Site }
  | BreachCardRequest
  | { type: 'guidelines' }
  | { type: 'acknowledge-guidelines' }
  | { type: 'export-acknowledgement'; format: 'json' | 'csv' }
  | ModerationRequest;

/** How many comments a page may need moderation for, by reason. */
export type ModerationCounts = Partial<Record<ModerationReason, number>>;

/**
 * Moderation assist (lib/moderation, lib/background/moderation.ts):
 * - `moderate`: the page side's batch of others' comments (at most MAX_BATCH, each text at most
 *   MAX_COMMENT characters) judged by the background, answered in the same order; no text is kept.
 * - `moderation-dismiss` / `moderation-dismissals`: a moderator's dismissals, remembered by key
 *   (a one-way hash, lib/moderation/key.ts) in storage.local, the last MAX_DISMISSALS.
 * - `moderation-page`: the tab's current count of marked, undismissed comments by reason, for the
 *   badge and the popup, and `total`, the number of such comments (a comment with two reasons
 *   counts once; without it, the largest count by reason stands for it); `moderation-count` is
 *   the popup's question about a tab. With it, `marked`: the reasons of each comment marked for
 *   the first time on the page since the last one (at most MAX_MARKED), for the activity log's
 *   moderation summary (reasons and time only). One message for both: the page side sends it at
 *   most once a second (every five while comments are still being read), however many it marks.
 */
export type ModerationRequest =
  | { type: 'moderate'; site: Site; comments: { text: string; lang?: Lang }[] }
  | { type: 'moderation-dismiss'; key: CommentKey }
  | { type: 'moderation-dismissals' }
  | { type: 'moderation-page'; site: Site; counts: ModerationCounts; total?: number; marked?: ModerationReason[][] }
  | { type: 'moderation-count'; tabId: number };

/**
 * The privacy-breach card's words (lib/breach/card.ts). The background records that the card was
 * shown (no text) and answers the card, in `lang` (default: the interface language).
 */
export interface BreachCardRequest {
  type: 'breach-card';
  origin: BreachOrigin;
  site: Site;
  account: 'personal' | 'official';
  surface?: Surface;
  lang?: Lang;
}

/** The guidelines a person is advised of, and whether (and when) they acknowledged them. */
export interface GuidelinesState {
  /** The current GUIDELINES_VERSION. */
  version: string;
  acknowledgement: Acknowledgement | null;
  status: AcknowledgementStatus;
  /** The organisation asks for the acknowledgement (`welcome: "require"`). */
  required: boolean;
}

/**
 * Seconds of visible, focused time on a site (see lib/activity/reporter.ts).
 * `posted: true` when the report comes with a post the person just made: the
 * background then records a 'post-made' event itself (do not also log one).
 */
export interface ActivityRequest {
  type: 'activity';
  site: Site;
  account: 'personal' | 'official';
  seconds: number;
  typing: boolean;
  posted?: boolean;
  surface?: Surface;
}

/** A gentle work-hours reminder for the content script to show as a banner, with "Snooze for today". */
export interface Reminder {
  message: string;
  quote: string;
}

export interface Responses {
  evaluate: { findings: Finding[] };
  settings: {
    settings: Settings;
    source: ResolvedSettings['source'];
    locked: string[];
    problems: SettingProblem[];
    /** Per site: the account the person chose, when they chose one. */
    accountChoices: Partial<Record<Site, Account>>;
  };
  'set-user-settings': { ok: boolean; problems: SettingProblem[] };
  'set-account': { ok: boolean; reason?: string };
  /** `card`: the privacy-breach card, answered to "Post anyway" on a draft with a high personal-information finding. */
  log: { ok: boolean; reason?: string; card?: BreachCard };
  activity: { ok: boolean; reason?: string; reminder?: Reminder };
  'tab-state': { ok: boolean };
  'get-tab-state': { state: TabState | null };
  'insert-text': { ok: boolean; reason?: string };
  /** The whole log as a file's text; `reason` says why not (e.g. 'storage full'). */
  'export-log': { ok: boolean; reason?: string; data?: string; mime?: string; filename?: string };
  'clear-log': { ok: boolean; reason?: string };
  'dashboard-data': { ok: boolean; reason?: string; data?: DashboardData; retentionDays?: number };
  'snooze-reminder': { ok: boolean; reason?: string };
  'breach-card': { ok: boolean; reason?: string; card?: BreachCard };
  guidelines: GuidelinesState;
  'acknowledge-guidelines': { ok: boolean; reason?: string; state?: GuidelinesState };
  /** The acknowledgement as a file's text; `reason` says why not (e.g. 'not acknowledged'). */
  'export-acknowledgement': { ok: boolean; reason?: string; data?: string; mime?: string; filename?: string };
  /** One verdict per comment, in order; `reason` says why they are all empty (e.g. 'off', 'invalid request'). */
  moderate: { verdicts: ModerationVerdict[]; reason?: string };
  'moderation-dismiss': { ok: boolean; reason?: string };
  'moderation-dismissals': { keys: CommentKey[] };
  'moderation-page': { ok: boolean; reason?: string };
  /** The tab's last `moderation-page` counts, and their total (comments, not reasons); total 0 when none. */
  'moderation-count': { counts: ModerationCounts; total: number };
}

export type ResponseOf<R extends Request> = Responses[R['type']];

export type RequestType = Request['type'];
/** The request of one type. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;
/** Answers one type of request (in the background). */
export type Handler<K extends RequestType> = (req: RequestOf<K>, tabId?: number) => Promise<Responses[K]>;
/** A handler for each type of request: the background's message handler is one such map. */
export type Handlers = { [K in RequestType]: Handler<K> };

/** Every request type, once: a type left out (or unknown) here is a type error. */
const TYPES: Record<RequestType, true> = {
  evaluate: true,
  settings: true,
  'set-user-settings': true,
  'set-account': true,
  log: true,
  activity: true,
  'tab-state': true,
  'get-tab-state': true,
  'insert-text': true,
  'export-log': true,
  'clear-log': true,
  'dashboard-data': true,
  'snooze-reminder': true,
  'breach-card': true,
  guidelines: true,
  'acknowledge-guidelines': true,
  'export-acknowledgement': true,
  moderate: true,
  'moderation-dismiss': true,
  'moderation-dismissals': true,
  'moderation-page': true,
  'moderation-count': true,
};

/** A message from another part of the extension that names a known request. */
export function isRequest(value: unknown): value is Request {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    Object.hasOwn(TYPES, value.type)
  );
}

/**
 * Messages the background sends to a tab's content script, and their answers:
 * 'postwise:insert' puts text (a disclaimer from the popup) in the compose box in use.
 */
export type TabMessage = { type: 'postwise:insert'; text: string };
export interface TabResponses {
  'postwise:insert': { ok: boolean; reason?: string };
}
export type TabResponseOf<M extends TabMessage> = TabResponses[M['type']];

/** A message for the content script from the background. */
export function isTabMessage(value: unknown): value is TabMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'postwise:insert' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

/** What a tab's content script last reported (as kept in session storage). */
export function isTabState(value: unknown): value is TabState {
  return typeof value === 'object' && value !== null && 'site' in value && 'counts' in value && 'rules' in value;
}
