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
const PROFANE_EXTRA = new Set(words.profanityExtra.words);

const GENERIC_GROUPS = new Set(words.groups.generic);

/** Compiled phrase lists: each phrase as ' words ' to find in ' folded words '. */
const padded = (list: readonly string[]) => list.map((p) => ` ${p} `);
/** Phrase lists as word arrays, to find where in the comment they stand. */
const split = (list: readonly string[]) => list.map((p) => p.split(' '));
const THREAT_PHRASES = split([...words.threat.en, ...words.threat.fr]);
const DESERVE = split(words.threat.deserve);
const HARM_VERBS = split(words.threat.harmVerbs);
const SUBJECTS = split(words.threat.subjects);
const OBJECT_AFTER = new Set(words.threat.objects.after);
const OBJECT_BEFORE = new Set(words.threat.objects.before);
const WEAPONS = split(words.threat.weapons);
const ABUSE = split([...words.abuse.en, ...words.abuse.fr]);
const PERSON_INSULT = split(words.personInsult.words);
const GROUP_EXTRA = split(words.groups.extra);
const TRAITS = split([...words.traits.en, ...words.traits.fr]);
const PERSON_TARGET = padded([...words.personTarget.en, ...words.personTarget.fr]);
const REPLY = padded([...words.reply.en, ...words.reply.fr]);
const SPAM_STRONG = padded(words.spam.strong);
const SPAM_WEAK = padded(words.spam.weak);
const PARTISAN_STRONG = padded(words.partisan.strong);
const PARTISAN_WEAK = padded(words.partisan.weak);
/** "Vote these guys out", "vote the PCs out". */
const PARTY_SUPPORT = split(words.partisan.partySupport);
const VOTE_OUT = / vot(?:e|ez|er|ed|ing) (?:\S+ ){1,3}out /u;

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

/** Where phrases of a list occur in the comment's words: [first word, word after the last). */
function find(tokens: readonly { text: string }[], phrases: readonly string[][]): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of phrases) {
      if (p.every((w, k) => tokens[i + k]?.text === w)) out.push({ from: i, to: i + p.length });
    }
  }
  return out;
}

/** Whether some `b` begins within `gap` words after some `a` ends, in the same sentence. */
function followedBy(
  a: Analysis,
  first: readonly { from: number; to: number }[],
  then: readonly { from: number; to: number }[],
  gap: number,
): boolean {
  return first.some((x) =>
    then.some((y) => y.from >= x.to && y.from - x.to <= gap && a.sentenceOf(y) === a.sentenceOf(x)),
  );
}

/** Whether some `x` and some `y` stand in the same sentence. */
function sameSentence(a: Analysis, xs: readonly { from: number }[], ys: readonly { from: number }[]): boolean {
  return xs.some((x) => ys.some((y) => a.sentenceOf(x) === a.sentenceOf(y)));
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
    tone.some((w) => w.kind === 'profanity' && !MILD.has(a.norm.text.slice(w.start, w.end))) ||
    a.has('profanity') ||
    a.tokens.some((w) => PROFANE_EXTRA.has(w.text));
  if (profane) reasons.add('profanity');

  // Threats: the engine's threat phrases ("I'll shoot you an email" is not one), or the model with a harm word.
  const threats = a.hits('threat').filter((h) => !harmlessThreat(a, h));
  const harmVerbs = [...a.hits('harm-person'), ...a.hits('harm-place'), ...find(a.tokens, HARM_VERBS)];
  // A harm verb aimed at people or a place: "kill you", "te tuer", "burn that office", not "kill small farms".
  const targets = [...a.hits('person'), ...a.hits('place')];
  const passive = new Set(['getting', 'gets']);
  const aimedHarm = harmVerbs.filter(
    (h) =>
      OBJECT_BEFORE.has(a.tokens[h.from - 1]?.text ?? '') ||
      passive.has(a.tokens[h.from - 1]?.text ?? '') ||
      OBJECT_AFTER.has(a.tokens[h.to - 1]?.text ?? '') ||
      [1, 2, 3].some((k) => OBJECT_AFTER.has(a.tokens[h.to - 1 + k]?.text ?? '')) ||
      targets.some((t) => t.from >= h.to && t.from - h.to <= 3),
  );
  const harm = threats.length > 0 || harmVerbs.length > 0 || a.has('harm-passive');
  const hateCue = a.has('hate') || a.has('dehumanise') || a.has('exclusion');
  const pHateful = judgment?.['hateful-or-threatening'].p;
  const modelHateful = pHateful !== undefined && pHateful >= t.hateful;
  const subjects = [...a.hits('threat-subject'), ...find(a.tokens, SUBJECTS)];
  // Abuse needs a group of people; the model's hateful-or-threatening reading without one is a threat.
  const groups = [
    ...a.hits('group').filter((h) => !GENERIC_GROUPS.has(h.entry.phrase)),
    ...find(a.tokens, GROUP_EXTRA),
  ];
  const threat =
    threats.length > 0 ||
    (modelHateful && groups.length === 0) ||
    find(a.tokens, THREAT_PHRASES).length > 0 ||
    // "They deserve to be hanged", "should be shot".
    followedBy(a, find(a.tokens, DESERVE), a.hits('harm-passive'), 6) ||
    // "Somebody's gonna torch that terminal", "on va vous jeter à l'eau".
    followedBy(a, subjects, aimedHarm, 8) ||
    // "I'll be waiting at the gate with my rifle".
    (find(a.tokens, WEAPONS).length > 0 && subjects.length > 0) ||
    (modelHateful && harm && subjects.length > 0);
  if (threat) reasons.add('threat');

  // Abuse: slurs, hate and discrimination against a group: a group with a demeaning trait or an
  // exclusion, or the model sure of it beside a group.
  const slur = tone.some((w) => w.kind === 'slur') || a.has('slur');
  const demeaning = [...a.hits('dehumanise'), ...a.hits('exclusion'), ...find(a.tokens, TRAITS)];
  const hate = a.has('hate') || find(a.tokens, ABUSE).length > 0;
  if (slur || hate || sameSentence(a, groups, demeaning) || (modelHateful && groups.length > 0)) reasons.add('abuse');

  // Harassment: an insult aimed at a private person, not at the government.
  const insult = tone.some((w) => w.kind === 'insult') || a.has('insult') || find(a.tokens, PERSON_INSULT).length > 0;
  const target = count(folded, PERSON_TARGET) > 0 || a.mentions.length > 0 || count(folded, REPLY) > 0;
  const pRude = judgment?.disrespectful.p;
  // The model's reading counts only toward someone named with an @.
  const rude = a.mentions.length > 0 && pRude !== undefined && pRude >= t.harassment;
  if (target && (insult || rude)) reasons.add('harassment');

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
  const electoral = count(folded, PARTISAN_STRONG) > 0 || VOTE_OUT.test(folded);
  const stance = count(folded, PARTISAN_WEAK) > 0 && (political || a.has('gov-ref'));
  const partySupport = sameSentence(a, a.hits('party'), find(a.tokens, PARTY_SUPPORT));
  if (a.has('campaign') || a.has('slogan') || electoral || stance || partySupport) reasons.add('partisan');

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
