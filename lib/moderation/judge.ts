/**
 * Moderation assist's judge: which of the province's terms-of-use reasons a citizen's comment on
 * an official account's post may need a moderator for. Pure and synchronous: no browser API.
 *
 * It reads the same detectors as the guideline engine (lib/detect: tone words, threat, hate and
 * insult phrases, personal information, links, parties and politicians) and the same judgment
 * model (lib/model: its hateful-or-threatening and disrespectful heads), with moderation's own
 * thresholds. The difference from the engine is who wrote the text: an employee's draft is held
 * to the policy's standard of respect, a citizen's comment only to the terms of use. So:
 * - anger at a program and harsh criticism of government are never marked as such; insults aimed
 *   at the government, a department or a politician's decisions are criticism;
 * - profanity, abuse (slurs, hate, discrimination), a threat or someone's personal information is
 *   marked wherever it sits, criticism included;
 * - harassment is an insult aimed at a private person (another commenter, a named staff member);
 * - spam is business solicitation; partisan (campaigning) is informational only;
 * - off-topic is for the moderator to judge and is never marked.
 */
import { Analysis } from '../detect/analysis';
import type { LexHit } from '../detect/lexicon';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import government from '../data/government.json';
import { defaultModel, judge, type Judgment, type JudgmentModel } from '../model/index';
import type { PiiKind } from '../detect/pii';
import type { CommentInput, ModerationReason, ModerationVerdict } from './types';
import { MODERATION_REASONS } from './types';
import words from './data/words.json';
import tuned from './data/thresholds.json';

/** Moderation's own thresholds on the judgment model's probabilities (lib/moderation/data/thresholds.json). */
export interface ModerationThresholds {
  /** hateful-or-threatening: a threat or abuse on the model alone, when a harm or hate word supports it. */
  hateful: number;
  /** disrespectful: harassment on the model, only when the comment aims at a private person. */
  harassment: number;
}

export const THRESHOLDS: ModerationThresholds = tuned.thresholds;

export interface ModerationDeps {
  /** The judgment model: the bundled one when left out; null for the detectors alone. */
  model?: JudgmentModel | null;
  /** Settings the detectors read (government domains, published numbers); defaults when left out. */
  settings?: Settings;
  thresholds?: ModerationThresholds;
}

/** Comments longer than this are judged on their first MAX_COMMENT characters. */
export const MAX_COMMENT = 5_000;

/** Personal information that is a privacy matter in a comment (a postal code alone is not). */
const PRIVATE_KINDS: ReadonlySet<PiiKind> = new Set([
  'phone',
  'email',
  'sin',
  'health-card',
  'address',
  'date-of-birth',
  'case-number',
]);

const MILD = new Set(words.mildProfanity.words);

/** Compiled phrase lists: each phrase as ' words ' to find in ' folded words '. */
const padded = (list: readonly string[]) => list.map((p) => ` ${p} `);
const PERSON_TARGET = padded([...words.personTarget.en, ...words.personTarget.fr]);
const REPLY = padded([...words.reply.en, ...words.reply.fr]);
const SPAM_STRONG = padded(words.spam.strong);
const SPAM_WEAK = padded(words.spam.weak);
const PARTISAN = padded([...words.partisan.en, ...words.partisan.fr]);

/** "Earn $500 a day", "make 3000$ weekly", "50% off", "gagnez 200 $". */
const MONEY_OFFER =
  /\b(?:earn|make|making|earning|gagnez|gagner)\s+(?:up\s+to\s+|jusqu\S*\s+a\s+)?(?:\$\s?\d|\d[\d,.]*\s?(?:\$|k\b|dollars))|\b\d{1,2}\s?%\s?(?:off|de rabais)\b/u;
/** Hosts a citizen links to without selling anything: the government's, news, the social sites. */
const KNOWN_HOSTS = [
  ...government.emailDomains,
  ...government.nonPoliticalDomains,
  ...government.socialHosts,
  'cbc.ca',
  'radio-canada.ca',
  'thechronicleherald.ca',
  'saltwire.com',
  'ctvnews.ca',
  'globalnews.ca',
  'halifaxexaminer.ca',
  'wikipedia.org',
  'gc.ca',
  'statcan.gc.ca',
];

function knownHost(host: string): boolean {
  const h = host.replace(/^www\./, '');
  return KNOWN_HOSTS.some((k) => h === k || h.endsWith(`.${k}`));
}

/** How many phrases of a list occur in the folded words. */
function count(folded: string, list: readonly string[]): number {
  let n = 0;
  for (const p of list) if (folded.includes(p)) n++;
  return n;
}

/** What the judge read, for tuning and tests: the verdict and the model's probabilities. */
export interface ModerationReading extends ModerationVerdict {
  /** The model's probabilities (absent without a model). */
  p?: { hateful: number; disrespectful: number };
  /** The detector cues beside them. */
  cues: { harm: boolean; hate: boolean; target: boolean; insult: boolean };
}

/** The verdict on one comment. */
export function moderateComment(input: CommentInput, deps: ModerationDeps = {}): ModerationVerdict {
  return { reasons: readComment(input, deps).reasons };
}

/** The verdict with what it was decided from (for tuning thresholds and for tests). */
export function readComment(input: CommentInput, deps: ModerationDeps = {}): ModerationReading {
  const text = typeof input.text === 'string' ? input.text.slice(0, MAX_COMMENT) : '';
  const none: ModerationReading = {
    reasons: [],
    cues: { harm: false, hate: false, target: false, insult: false },
  };
  if (!text.trim()) return none;
  const settings = deps.settings ?? DEFAULT_SETTINGS;
  const t = deps.thresholds ?? THRESHOLDS;
  // A citizen is a private person: "our", "my" are their own household, not an office.
  const a = new Analysis(text, { account: 'personal', site: input.site, surface: 'comment' }, settings);
  const model = deps.model === undefined ? defaultModel() : deps.model;
  let judgment: Judgment | undefined;
  try {
    judgment = model ? judge(a, model) : undefined;
  } catch {
    judgment = undefined; // the detectors decide alone
  }
  const folded = ` ${a.tokens.map((w) => w.text).join(' ')} `;
  const reasons = new Set<ModerationReason>();

  // Profanity: swearing, not the mild words a citizen uses about a program.
  const tone = a.toneWords;
  const profane =
    tone.some((w) => w.kind === 'profanity' && !MILD.has(a.norm.text.slice(w.start, w.end))) || a.has('profanity');
  if (profane) reasons.add('profanity');

  // Threats: the engine's threat phrases ("I'll shoot you an email" is not one), or the model with a harm word.
  const threats = a.hits('threat').filter((h) => !harmlessThreat(a, h));
  const harm = threats.length > 0 || a.has('harm-person') || a.has('harm-place') || a.has('harm-passive');
  const hateCue = a.has('hate') || a.has('dehumanise') || a.has('exclusion');
  const pHateful = judgment?.['hateful-or-threatening'].p;
  const modelHateful = pHateful !== undefined && pHateful >= t.hateful;
  if (threats.length || (modelHateful && harm && a.has('threat-subject'))) reasons.add('threat');

  // Abuse: slurs, hate and discrimination against a group.
  const slur = tone.some((w) => w.kind === 'slur') || a.has('slur');
  if (slur || a.has('hate') || (modelHateful && hateCue && a.has('group'))) reasons.add('abuse');

  // Harassment: an insult aimed at a private person, not at the government.
  const insult = tone.some((w) => w.kind === 'insult') || a.has('insult');
  const target = count(folded, PERSON_TARGET) > 0 || a.mentions.length > 0 || count(folded, REPLY) > 0;
  const pRude = judgment?.disrespectful.p;
  if (target && (insult || (pRude !== undefined && pRude >= t.harassment))) reasons.add('harassment');

  // Spam and business solicitation.
  const unknownLinks = a.links.filter((l) => l.kind === 'url' && !knownHost(l.host)).length;
  const strong = count(folded, SPAM_STRONG) + (MONEY_OFFER.test(a.norm.text) ? 1 : 0);
  const weak = count(folded, SPAM_WEAK);
  const phones = a.pii.filter((m) => m.kind === 'phone' && !m.organisational).length;
  const spam = strong > 0 || weak >= 2 || (weak >= 1 && (unknownLinks > 0 || phones > 0));
  if (spam) reasons.add('spam');

  // Personal information: someone's own or another's (a business's contact in spam is not).
  const pii = a.pii.filter(
    (m) =>
      PRIVATE_KINDS.has(m.kind) &&
      !m.organisational &&
      !(m.kind === 'email' && m.government) &&
      !(spam && (m.kind === 'phone' || m.kind === 'email')),
  );
  if (pii.length) reasons.add('personal-info');

  // Partisan (informational): campaigning for or against a party or politician.
  const political = a.has('party') || a.has('politician') || a.has('political-role') || a.politicalLinks.length > 0;
  if (a.has('campaign') || a.has('slogan') || (count(folded, PARTISAN) > 0 && (political || a.has('gov-ref'))))
    reasons.add('partisan');

  return {
    reasons: MODERATION_REASONS.filter((r) => reasons.has(r)),
    ...(pHateful !== undefined && pRude !== undefined ? { p: { hateful: pHateful, disrespectful: pRude } } : {}),
    cues: { harm, hate: hateCue, target, insult },
  };
}

/** "I'll shoot you an email", "hit me up with a call": threat words in an everyday phrase. */
const HARMLESS_OBJECTS = new Set(['email', 'e', 'message', 'text', 'note', 'dm', 'line', 'msg', 'pm', 'call']);
function harmlessThreat(a: Analysis, h: LexHit): boolean {
  const next = a.tokens[h.to]?.text;
  const after = a.tokens[h.to + 1]?.text;
  return (next === 'a' || next === 'an') && after !== undefined && HARMLESS_OBJECTS.has(after);
}
