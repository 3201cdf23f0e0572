/**
 * The background's side of moderation assist, registered through `createHandler({ extra })`:
 * - `moderate`: judges a page's batch of others' comments (lib/moderation/judge.ts) and answers
 *   one verdict per comment; the text is read and forgotten, never stored;
 * - `moderation-dismiss` / `moderation-dismissals`: the moderator's dismissals, by comment key
 *   (a one-way hash), the last MAX_DISMISSALS in storage.local;
 * - `moderation-page` / `moderation-count`: the tab's count of comments that may need moderation,
 *   kept in session storage for the popup and shown in the tab's badge; the reasons of the
 *   comments newly marked come with it, each added to the activity log's summary.
 * Browser APIs come in through `deps`, so the handlers are tested with fakes.
 */
import type { Handler, ModerationCounts, RequestOf, Responses } from '../messaging';
import type { Settings } from '../settings/schema';
import { moderateComment, MAX_COMMENT, type ModerationDeps } from '../moderation/judge';
import {
  MODERATION_REASONS,
  type CommentInput,
  type ModerationReason,
  type ModerationVerdict,
} from '../moderation/types';
import type { Site } from '../types';
import type { LogResult } from '../log/store';

/** At most this many comments per `moderate` request; the rest are answered unmarked. */
export const MAX_BATCH = 500;
/** Comments judged in a row before the background lets other messages through. */
const JUDGE_TURN = 50;
/** At most this many newly marked comments per `moderation-page` request; the rest are not logged. */
export const MAX_MARKED = 1_000;
/** How many dismissals are remembered (the oldest go first). */
export const MAX_DISMISSALS = 5_000;
/** storage.local key of the dismissals. */
export const DISMISSALS_KEY = 'moderationDismissals';
/** The badge's colour: the extension's quiet blue, not an alarm. */
export const BADGE_COLOR = '#1f5f99';

const pageKey = (tabId: number) => `moderation:${tabId}`;
const SITES: readonly Site[] = ['facebook', 'x', 'youtube', 'other'];
const KEY_PATTERN = /^[0-9a-f]{16,128}$/;

/** The part of browser.storage that these handlers use. */
export interface ModerationStorage {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The per-tab badge (browser.action in Manifest V3, browser.browserAction in V2). */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { tabId: number; color: string }): Promise<void> | void;
}

export interface ModerationHandlerDeps {
  settings: () => Promise<Settings>;
  /** storage.local: dismissals. */
  local: ModerationStorage;
  /** storage.session: the tabs' counts. */
  session: ModerationStorage;
  badge?: BadgeApi | null;
  /** Adds a marked comment to the activity log's moderation summary (reasons only). */
  logMarked?: (site: Site, reasons: ModerationReason[]) => Promise<LogResult>;
  /** The judge's options (a model, thresholds); the bundled model when left out. */
  judge?: ModerationDeps;
  onError?: (where: string, error: unknown) => void;
}

type ModerationType =
  'moderate' | 'moderation-dismiss' | 'moderation-dismissals' | 'moderation-page' | 'moderation-count';
export type ModerationHandlers = { [K in ModerationType]: Handler<K> };

const isSite = (value: unknown): value is Site => SITES.includes(value as Site);
const isReason = (value: unknown): value is ModerationReason => MODERATION_REASONS.includes(value as ModerationReason);

/** Only known reasons with whole, non-negative counts. */
function cleanCounts(raw: unknown): ModerationCounts {
  const out: ModerationCounts = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [reason, n] of Object.entries(raw)) {
    if (isReason(reason) && typeof n === 'number' && Number.isFinite(n) && n > 0) out[reason] = Math.floor(n);
  }
  return out;
}

/** The number of comments behind the counts: `total` when given, else the largest count by reason. */
function totalOf(counts: ModerationCounts, total: unknown): number {
  const largest = Math.max(0, ...Object.values(counts));
  if (typeof total === 'number' && Number.isFinite(total) && total >= largest) return Math.floor(total);
  return largest;
}

/** The badge's words for a count: nothing for none, "99+" past 99. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 99 ? '99+' : String(total);
}

export function createModerationHandlers(deps: ModerationHandlerDeps): ModerationHandlers & {
  /** Forgets a tab's count and clears its badge (the tab navigated or closed). */
  forgetTab(tabId: number): Promise<void>;
} {
  const warn = deps.onError ?? (() => undefined);
  // Dismissals are read-modify-written: one at a time, in order.
  let writes: Promise<unknown> = Promise.resolve();

  async function setBadge(tabId: number, total: number): Promise<void> {
    if (!deps.badge) return;
    try {
      const text = badgeText(total);
      if (text && deps.badge.setBadgeBackgroundColor)
        await deps.badge.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      await deps.badge.setBadgeText({ tabId, text });
    } catch (error) {
      warn('moderation badge', error); // the tab may have closed meanwhile
    }
  }

  async function forgetTab(tabId: number): Promise<void> {
    await deps.session.remove(pageKey(tabId));
    await setBadge(tabId, 0);
  }

  async function readDismissals(): Promise<string[]> {
    const stored = (await deps.local.get(DISMISSALS_KEY))[DISMISSALS_KEY];
    return Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : [];
  }

  const enabled = async () => (await deps.settings()).moderation !== 'off';

  function judgeOne(c: RequestOf<'moderate'>['comments'][number], i: number, site: Site): ModerationVerdict {
    if (i >= MAX_BATCH || typeof c !== 'object' || c === null || typeof c.text !== 'string') return { reasons: [] };
    const input: CommentInput = {
      text: c.text.slice(0, MAX_COMMENT),
      site,
      ...(c.lang === 'en' || c.lang === 'fr' ? { lang: c.lang } : {}),
    };
    try {
      return moderateComment(input, deps.judge);
    } catch (error) {
      warn('moderate', error);
      return { reasons: [] };
    }
  }

  /** One row in the activity log's summary per comment newly marked: its known reasons, in order. */
  async function logMarked(site: Site, marked: unknown[]): Promise<void> {
    if (!deps.logMarked) return;
    for (const m of marked.slice(0, MAX_MARKED)) {
      const reasons = Array.isArray(m) ? MODERATION_REASONS.filter((r) => m.includes(r)) : [];
      if (!reasons.length) continue;
      const result = await deps.logMarked(site, reasons);
      if (!result.ok) warn('moderation log', result.reason);
    }
  }

  return {
    forgetTab,

    async moderate(req: RequestOf<'moderate'>): Promise<Responses['moderate']> {
      const comments = Array.isArray(req.comments) ? req.comments : [];
      const unmarked = () => comments.map(() => ({ reasons: [] as ModerationReason[] }));
      if (!isSite(req.site)) return { verdicts: unmarked(), reason: 'invalid request' };
      if (!(await enabled())) return { verdicts: unmarked(), reason: 'off' };
      const verdicts: ModerationVerdict[] = [];
      for (const [i, c] of comments.entries()) {
        // A long batch lets other messages through (a draft's guidance) every JUDGE_TURN comments.
        if (i && i % JUDGE_TURN === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        verdicts.push(judgeOne(c, i, req.site));
      }
      return comments.length > MAX_BATCH ? { verdicts, reason: 'batch too large' } : { verdicts };
    },

    async 'moderation-dismiss'(req) {
      if (typeof req.key !== 'string' || !KEY_PATTERN.test(req.key)) return { ok: false, reason: 'invalid key' };
      const write = writes.then(async () => {
        const keys = (await readDismissals()).filter((k) => k !== req.key);
        keys.push(req.key);
        await deps.local.set({ [DISMISSALS_KEY]: keys.slice(-MAX_DISMISSALS) });
      });
      writes = write.catch(() => undefined);
      await write;
      return { ok: true };
    },

    async 'moderation-dismissals'() {
      await writes;
      return { keys: await readDismissals() };
    },

    async 'moderation-page'(req, tabId) {
      if (!isSite(req.site)) return { ok: false, reason: 'invalid request' };
      const on = await enabled();
      if (tabId !== undefined) {
        const counts = on ? cleanCounts(req.counts) : {};
        const total = Object.keys(counts).length ? totalOf(counts, req.total) : 0;
        if (total === 0) await deps.session.remove(pageKey(tabId));
        else await deps.session.set({ [pageKey(tabId)]: { counts, total } });
        await setBadge(tabId, total);
      }
      if (on && Array.isArray(req.marked)) await logMarked(req.site, req.marked);
      return tabId === undefined ? { ok: false, reason: 'no tab' } : { ok: true };
    },

    async 'moderation-count'(req) {
      const stored = (await deps.session.get(pageKey(req.tabId)))[pageKey(req.tabId)] as
        { counts?: unknown; total?: unknown } | undefined;
      if (!stored) return { counts: {}, total: 0 };
      const counts = cleanCounts(stored.counts);
      return { counts, total: totalOf(counts, stored.total) };
    },
  };
}
