/**
 * The training corpus (data/corpus/<author>.jsonl, see its README): reading,
 * validating, and deriving the full expected rule set from the content labels
 * and the signals, exactly as RULES.md defines the signal-driven rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isWorkTime } from '../../lib/worktime';
import type { EvalContext } from '../../lib/types';

export const CONTENT_LABELS = [
  'partisan',
  'political-link',
  'criticizes-government',
  'disrespectful',
  'hateful-or-threatening',
  'personal-info',
  'confidential',
  'official-business',
  'government-email',
  'records',
] as const;

export interface CorpusSignals {
  work: boolean;
  selfId: boolean;
  disclaimer: boolean;
  media: boolean;
}

export interface Draft {
  id: string;
  author: string;
  text: string;
  context: EvalContext;
  labels: string[];
  signals: CorpusSignals;
  optional: string[];
  /** Every rule that must fire (labels plus the rules that follow from the signals and the time). */
  expect: string[];
  note?: string;
  /** Signals the file does not say (corpora labelled by rules only): the heads skip them. */
  unknown?: Array<keyof CorpusSignals>;
}

/** A case labelled by rules only (tests/corpus, ../shared/corpus): the signals read back from the rules. */
export interface RuleCase {
  id: string;
  text: string;
  context: EvalContext;
  expect: string[];
  optional?: string[];
}

/**
 * A rules-only case as a training draft. The content labels are its rules; the
 * signals follow from the rules where they can (self-identify means work and not
 * self-identified; no authorization on a personal account means no work and no
 * media) and are left unknown where they cannot.
 */
export function fromRuleCase(c: RuleCase, author: string): Draft {
  const has = (r: string) => c.expect.includes(r);
  const maybe = (r: string) => has(r) || (c.optional ?? []).includes(r);
  const personal = c.context.account !== 'official';
  const unknown: Array<keyof CorpusSignals> = ['disclaimer'];
  let work = false;
  let selfId = false;
  let media = false;
  if (personal) {
    if (has('self-identify') || has('disclaimer')) {
      // Work-related; self-identified unless self-identify fired; a media request cannot be told apart.
      work = true;
      if ((c.optional ?? []).includes('self-identify')) unknown.push('selfId');
      else selfId = !has('self-identify');
      unknown.push('media');
    } else if (maybe('authorization') || maybe('self-identify') || maybe('disclaimer')) {
      // Authorization alone: work with both a role and a disclaimer, or a media request.
      unknown.push('work', 'selfId', 'media');
    }
  } else {
    unknown.push('work', 'selfId');
    media = has('authorization');
  }
  return {
    id: c.id,
    author,
    text: c.text,
    context: c.context,
    labels: c.expect.filter((r) => (CONTENT_LABELS as readonly string[]).includes(r)),
    signals: { work, selfId, disclaimer: false, media },
    optional: c.optional ?? [],
    expect: c.expect,
    unknown,
  };
}

const ACCOUNTS = ['personal', 'official', 'unknown'];
const SITES = ['facebook', 'x', 'youtube', 'other'];
const SURFACES = ['post', 'reply', 'comment', 'message', 'quote'];
const NEVER_OFFICIAL = ['official-business', 'government-email'];

/** The rules that follow from the signals (RULES.md): never written by hand. */
export function derivedRules(d: Pick<Draft, 'context' | 'signals'>): string[] {
  const personal = d.context.account !== 'official';
  const s = d.signals;
  const out: string[] = [];
  if (personal && s.work && !s.selfId) out.push('self-identify');
  if (personal && s.work && !s.disclaimer) out.push('disclaimer');
  if ((personal && s.work) || s.media) out.push('authorization');
  if (personal && d.context.at && isWorkTime(d.context.at)) out.push('work-hours');
  return out;
}

/** Reads one line; returns the draft or the problems with it. */
export function parseLine(line: string, author: string): { draft?: Draft; problems: string[] } {
  const problems: string[] = [];
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch (e) {
    return { problems: [`not JSON: ${(e as Error).message}`] };
  }
  const id = typeof o.id === 'string' ? o.id : '';
  if (!id.startsWith(`${author}-`)) problems.push(`id ${JSON.stringify(o.id)} should start with "${author}-"`);
  if (typeof o.text !== 'string' || !o.text.trim()) problems.push('text must be a non-empty string');
  const c = (o.context ?? {}) as Record<string, unknown>;
  if (!ACCOUNTS.includes(c.account as string)) problems.push(`context.account ${JSON.stringify(c.account)}`);
  if (!SITES.includes(c.site as string)) problems.push(`context.site ${JSON.stringify(c.site)}`);
  if (!SURFACES.includes(c.surface as string)) problems.push(`context.surface ${JSON.stringify(c.surface)}`);
  if (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at))) problems.push(`context.at ${JSON.stringify(c.at)}`);
  const labels = Array.isArray(o.labels) ? (o.labels as unknown[]) : [];
  if (!Array.isArray(o.labels)) problems.push('labels must be a list');
  for (const l of labels)
    if (!(CONTENT_LABELS as readonly unknown[]).includes(l)) problems.push(`unknown label ${JSON.stringify(l)}`);
  const optional = Array.isArray(o.optional) ? (o.optional as string[]) : [];
  const sig = (o.signals ?? {}) as Record<string, unknown>;
  for (const k of ['work', 'selfId', 'disclaimer', 'media']) {
    if (typeof sig[k] !== 'boolean') problems.push(`signals.${k} must be true or false`);
  }
  if (problems.length) return { problems };
  const context = { account: c.account, site: c.site, surface: c.surface, at: c.at } as EvalContext;
  const signals = sig as unknown as CorpusSignals;
  if (context.account === 'official') {
    for (const l of NEVER_OFFICIAL) if (labels.includes(l)) problems.push(`${l} never fires on an official account`);
  } else if (labels.includes('records')) problems.push('records fires only on official accounts');
  if (labels.includes('records') && context.surface === 'message') problems.push('records never fires on a message');
  if (signals.selfId && !signals.work)
    problems.push('selfId without work: saying where you work is talking about work');
  if (problems.length) return { problems };
  const draft: Draft = {
    id,
    author,
    text: o.text as string,
    context,
    labels: labels as string[],
    signals,
    optional,
    expect: [],
    note: typeof o.note === 'string' ? o.note : undefined,
  };
  draft.expect = [...new Set([...draft.labels, ...derivedRules(draft)])].filter((r) => !optional.includes(r));
  return { draft, problems };
}

export interface Corpus {
  drafts: Draft[];
  problems: string[];
  files: string[];
}

export function readCorpus(dir: string): Corpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const drafts: Draft[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const f of files) {
    const author = basename(f, '.jsonl');
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const { draft, problems: p } = parseLine(line, author);
        for (const x of p) problems.push(`${f}:${i + 1}: ${x}`);
        if (!draft) return;
        if (ids.has(draft.id)) problems.push(`${f}:${i + 1}: duplicate id ${draft.id}`);
        ids.add(draft.id);
        drafts.push(draft);
      });
  }
  return { drafts, problems, files: files.map((f) => join(dir, f)) };
}
