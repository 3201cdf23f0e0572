/**
 * Tone: profanity, insults and slurs as single words (with obfuscation undone),
 * and the phrases of name-calling, threats and discrimination (matched by the
 * shared lexicon pass, see TONE_PHRASES).
 *
 * Obfuscation handled here: leetspeak (sh1t, @ss), masking (f*ck, f#ck),
 * punctuation inside words (f.u.c.k, b-i-t-c-h), spaced-out letters
 * (b i t c h), stretched letters (fuuuck). Zero-width characters and
 * look-alike letters are already gone in the folded view.
 */
import tone from '../data/tone.json';
import type { Lang } from '../types';
import { type NormText } from './normalize';
import { phrases, type LexEntry } from './lexicon';

export type ToneKind = 'profanity' | 'insult' | 'slur';

export interface ToneHit {
  kind: ToneKind;
  /** Offsets in the folded view. */
  start: number;
  end: number;
}

type Scope = 'any' | Lang;
interface Listed {
  word: string;
  kind: ToneKind;
  scope: Scope;
  stem: boolean;
}

/** Every single word of the lists: exact words by word, stems by their first two letters. */
const EXACT = new Map<string, Listed[]>();
const STEMS = new Map<number, Listed[]>();
/** First two letters as a number: a Map key without allocating a string. */
const key2 = (w: string) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
const ALL: Listed[] = [];
const SOURCES: Record<ToneKind, Record<Scope, readonly string[]>> = {
  profanity: tone.profanity,
  insult: tone.insults,
  slur: tone.slurs,
};
for (const kind of ['slur', 'profanity', 'insult'] as const) {
  for (const scope of ['any', 'en', 'fr'] as const) {
    for (const w of SOURCES[kind][scope]) {
      if (w.includes(' ')) continue; // phrases go to the lexicon
      const stem = w.endsWith('*');
      const item: Listed = { word: stem ? w.slice(0, -1) : w, kind, scope, stem };
      ALL.push(item);
      if (stem) {
        const list = STEMS.get(key2(item.word));
        if (list) list.push(item);
        else STEMS.set(key2(item.word), [item]);
      } else {
        const list = EXACT.get(item.word);
        if (list) list.push(item);
        else EXACT.set(item.word, [item]);
      }
    }
  }
}

/** Multi-word entries of the word lists, for the lexicon pass. */
export const TONE_LIST_PHRASES: LexEntry[] = [
  ...phrases(
    'profanity',
    tone.profanity.any.filter((w) => w.includes(' ')),
  ),
  ...phrases(
    'insult',
    tone.insults.any.filter((w) => w.includes(' ')),
  ),
  ...phrases(
    'slur',
    tone.slurs.any.filter((w) => w.includes(' ')),
  ),
  ...phrases('tone-allow', tone.profanity.allow),
];

/** A word with '?' standing for masked letters matches a listed word. */
function maskedMatches(word: string, target: string, stem: boolean): boolean {
  // '?' stands for one or two hidden letters (f*ck, f**k, f*k).
  const go = (i: number, j: number): boolean => {
    if (j === target.length) return stem || i === word.length;
    if (i === word.length) return false;
    const c = word[i];
    if (c === '?') return go(i + 1, j + 1) || (j + 2 <= target.length && go(i + 1, j + 2)) || go(i + 1, j);
    return c === target[j] && go(i + 1, j + 1);
  };
  return word.length <= 24 && go(0, 0);
}

/** French words before which an English-only word is really French ("en retard", "les cons…"). */
const FRENCH_BEFORE =
  /(?:^|\s)(?:en|de|du|des|un|une|le|la|les|au|aux|avec|sans|mon|ton|son|leur|trop|peu|pour|par|d|l)['\s]*$/;

/** Slurs first, then profanity, then insults: the most serious reading wins. */
const RANK: Record<ToneKind, number> = { slur: 0, profanity: 1, insult: 2 };

/**
 * The kind of a listed word, if any. `text` and `at` locate the word, to tell
 * an English-only word from the same letters in French ("en retard").
 */
function allowed(l: Listed, lang: Lang, text: string, at: number): boolean {
  if (l.scope !== 'any' && l.scope !== lang) return false;
  return !(l.scope === 'en' && FRENCH_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
}

function better(best: ToneKind | null, l: Listed): ToneKind {
  return best === null || RANK[l.kind] < RANK[best] ? l.kind : best;
}

function classify(word: string, lang: Lang, masked: boolean, text = '', at = 0): ToneKind | null {
  if (word.length < 2) return null;
  let best: ToneKind | null = null;
  if (masked) {
    for (const l of ALL) if (maskedMatches(word, l.word, l.stem) && allowed(l, lang, text, at)) best = better(best, l);
    return best;
  }
  const exact = EXACT.get(word);
  if (exact) for (const l of exact) if (allowed(l, lang, text, at)) best = better(best, l);
  const stems = STEMS.get(key2(word));
  if (stems) for (const l of stems) if (word.startsWith(l.word) && allowed(l, lang, text, at)) best = better(best, l);
  return best;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
  '€': 'e',
  '£': 'l',
};
const MASK = new Set(['*', '#', '%', '?', '_']);
const SEPARATORS = new Set(['.', '-', "'", ',', '~', '^']);
const LEADING = new Set(['(', '"', "'", '[', '{', '<', '#', '«']);
const TRAILING = new Set([')', '"', "'", ']', '}', '>', '.', ',', '!', '?', ';', ':', '»', '…']);

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

/** Undo leetspeak and masking in one run of non-space characters. */
function deobfuscate(run: string): { word: string; masked: boolean } | null {
  let word = '';
  let masked = false;
  let letters = 0;
  for (const c of run) {
    if (isLetter(c)) {
      word += c;
      letters++;
    } else if (MASK.has(c)) {
      word += '?';
      masked = true;
    } else if (LEET[c] !== undefined) word += LEET[c];
    else if (SEPARATORS.has(c)) continue;
    else return null;
  }
  if (letters < 2 || word.startsWith('?') || word.includes('????')) return null;
  return { word: word.replace(/\?+/g, (m) => (m.length > 1 ? '??' : '?')), masked };
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b;
}

/** Collapse letters repeated three or more times: fuuuck -> fuck. */
function unstretch(word: string): string {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return word.replace(/([a-z])\1{2,}/g, '$1');
  }
  return word;
}

/**
 * Profanity, insults and slurs written as single words, however disguised.
 * Runs in one pass over the folded view.
 */
export function findToneWords(norm: NormText, lang: Lang): ToneHit[] {
  const hits: ToneHit[] = [];
  const text = norm.text;

  const spaced: Array<{ c: string; start: number; end: number }> = [];
  const flushSpaced = () => {
    if (!spaced.length) return;
    if (spaced.length < 3) {
      spaced.length = 0;
      return;
    }
    // "is a f u c k i n g": try each start, longest word first (at most 30 letters).
    const letters = spaced.slice(0, 30);
    found: for (let i = 0; i + 3 <= letters.length; i++) {
      for (let j = letters.length; j >= i + 3; j--) {
        const kind = classify(
          letters
            .slice(i, j)
            .map((s) => s.c)
            .join(''),
          lang,
          false,
        );
        if (kind) {
          hits.push({ kind, start: letters[i]!.start, end: letters[j - 1]!.end });
          break found;
        }
      }
    }
    spaced.length = 0;
  };
  const n = text.length;
  for (let at = 0; at < n;) {
    while (at < n && isSpace(text.charCodeAt(at))) at++;
    const runStart = at;
    while (at < n && !isSpace(text.charCodeAt(at))) at++;
    if (at === runStart) break;
    const raw = text.slice(runStart, at);
    let lead = 0;
    while (lead < raw.length && LEADING.has(raw[lead]!)) lead++;
    let trail = raw.length;
    while (trail > lead && TRAILING.has(raw[trail - 1]!)) trail--;
    const core = raw.slice(lead, trail);
    if (!core) continue;
    const start = runStart + lead;
    const end = start + core.length;
    if (core.length === 1 && isLetter(core)) {
      spaced.push({ c: core, start, end });
      continue;
    }
    // Letters separated by dots or dashes, one at a time: f.u.c.k
    if (/^[a-z](?:[.\-_][a-z]){2,}$/.test(core)) {
      flushSpaced();
      const kind = classify(core.replace(/[.\-_]/g, ''), lang, false);
      if (kind) hits.push({ kind, start, end });
      continue;
    }
    flushSpaced();
    if (core.length > 40 || core.includes('://') || /^@\w+$/.test(core) || /\w@\w/.test(core)) continue;
    if (/^[a-z]+$/.test(core)) {
      const kind =
        classify(core, lang, false, text, start) ?? (core.length > 4 ? classify(unstretch(core), lang, false) : null);
      if (kind) hits.push({ kind, start, end });
      continue;
    }
    // Words joined by apostrophes or hyphens: test each part (bitch's, shit-show, d'idi0ts).
    const parts = core.split(/['-]/);
    if (parts.length > 1) {
      let offset = start;
      for (const p of parts) {
        let kind: ToneKind | null = null;
        if (/^[a-z]+$/.test(p)) kind = classify(p, lang, false);
        else if (p) {
          const d = deobfuscate(p);
          if (d && !/^[0-9$.,%+]+$/.test(p)) kind = classify(d.word, lang, d.masked);
        }
        if (kind) hits.push({ kind, start: offset, end: offset + p.length });
        offset += p.length + 1;
      }
      continue;
    }
    const deob = deobfuscate(core);
    if (!deob || /^[0-9$.,%+-]+$/.test(core)) continue;
    const kind = classify(deob.word, lang, deob.masked) ?? classify(unstretch(deob.word), lang, deob.masked);
    if (kind) hits.push({ kind, start, end });
  }
  flushSpaced();
  return hits;
}

/** Phrases of name-calling, sarcasm aimed at people, threats and discrimination. */
export const TONE_PHRASES: LexEntry[] = [
  // Insults aimed at people (words that are ordinary on their own).
  ...phrases('insult', [
    'you people',
    'shut up',
    'shut your mouth',
    'get a brain',
    'what a joke',
    'what a clown',
    'what a loser',
    'what a jerk',
    'what a fool',
    'such a loser',
    'you loser',
    'you clown',
    'you clowns',
    'bunch of clowns',
    'these clowns',
    'those clowns',
    'clown show',
    'you fool',
    'you fools',
    'bunch of fools',
    'you jerk',
    'you prick',
    'what a prick',
    'you idiot',
    'useless people',
    'stupid people',
    'dumb people',
    'you re stupid',
    'you re so stupid',
    'you are stupid',
    'you re dumb',
    'you are dumb',
    'you re pathetic',
    'you are pathetic',
    'you re useless',
    'you are useless',
    'you re worthless',
    'you are worthless',
    'you re a joke',
    'you are a joke',
    'you re disgusting',
    'you are disgusting',
    'pathetic people',
    'get lost',
    'nobody asked you',
    'bande d',
    'bande de',
    'espece d',
    'espece de',
    'pauvre con',
    'pauvre type',
    'gros con',
    'quel con',
    't es con',
    't es nul',
    't es nulle',
    'vous etes nuls',
    'vous etes des',
    'tais toi',
    'taisez vous',
    'bon a rien',
    'bons a rien',
  ]),
  // Sarcasm aimed at people.
  ...phrases('insult', [
    'nice job genius',
    'nice going genius',
    'good job genius',
    'great job genius',
    'way to go genius',
    'nice job einstein',
    'nice going einstein',
    'thanks einstein',
    'thanks genius',
    'congrats genius',
    'real smart',
    'thanks for nothing',
    'brilliant move genius',
    'bravo les genies',
    'bravo le genie',
    'quel genie',
    'merci pour rien',
  ]),
  // Threats and incitement to violence.
  ...phrases('threat', [
    '{threat-subject} ~2 {harm-person} {person}',
    '{threat-subject} ~2 {harm-place} ~2 {place}',
    '{threat-subject} ~2 burn ~3 down',
    '{threat-subject} ~2 shoot up ~2 {place}',
    'should be shot',
    'should be hanged',
    'should be hung',
    'should be killed',
    'should be executed',
    'should be lynched',
    'should be beaten',
    'should be burned',
    'should all be shot',
    'should all be killed',
    'deserve to die',
    'deserves to die',
    'should die',
    'hope you die',
    'hope he dies',
    'hope she dies',
    'hope they die',
    'hope you get cancer',
    'hope you rot',
    'kill yourself',
    'kys',
    'go die',
    'watch your back',
    'i know where you live',
    'you re dead',
    'you are dead',
    'you re a dead man',
    'someone should shoot',
    'someone should kill',
    'someone should punch',
    'someone should hurt',
    'somebody should shoot',
    'somebody should kill',
    'string them up',
    'string him up',
    'string her up',
    'lynch them',
    'put a bullet in',
    'kill them all',
    'je vais te tuer',
    'je vais vous tuer',
    'je vais le tuer',
    'je vais la tuer',
    'je vais les tuer',
    'je vais te buter',
    'je vais te frapper',
    'je vais te crever',
    'je vais vous buter',
    'je vais tout bruler',
    'je vais bruler ~3 {place}',
    'je vais faire sauter ~3 {place}',
    'mettre le feu au bureau',
    'merite de mourir',
    'meritent de mourir',
    'qu il creve',
    'qu ils crevent',
    'va mourir',
    'allez mourir',
    'je sais ou tu habites',
    'on devrait les pendre',
    'on devrait le pendre',
    'on devrait les tuer',
  ]),
  ...phrases('threat-subject', [
    'i ll',
    'i will',
    'i m going to',
    'i m gonna',
    'im gonna',
    'i am going to',
    'gonna',
    'i could',
    'i want to',
    'i wanna',
    'i swear i ll',
    'i swear i will',
    'we ll',
    'we will',
    'we should',
    'let s',
    'someone should',
    'somebody should',
    'i d like to',
    'i m about to',
  ]),
  ...phrases('harm-person', [
    'kill',
    'murder',
    'shoot',
    'stab',
    'strangle',
    'choke',
    'beat up',
    'punch',
    'slap',
    'hurt',
    'run over',
    'hunt down',
    'smack',
    'pound',
    'knock out',
    'deck',
    'throttle',
    'slit',
    'behead',
    'hang',
    'lynch',
  ]),
  ...phrases('person', [
    'you',
    'him',
    'her',
    'them',
    'someone',
    'somebody',
    'everyone',
    'everybody',
    'people',
    'y all',
    'yall',
    'my boss',
    'my manager',
    'my supervisor',
    'my coworker',
    'my co worker',
    'my colleague',
    'that guy',
    'that woman',
    'these people',
    'those people',
    'the minister',
    'the premier',
    'the mla',
    'that idiot',
    'this guy',
    'the next person',
    'whoever',
  ]),
  ...phrases('harm-place', ['burn', 'bomb', 'blow up', 'torch', 'shoot up', 'burn down', 'set fire to', 'firebomb']),
  ...phrases('place', [
    'this building',
    'the building',
    'that building',
    'this place',
    'the place',
    'the office',
    'this office',
    'that office',
    'the school',
    'this school',
    'their house',
    'your house',
    'his house',
    'her house',
    'city hall',
    'the legislature',
    'province house',
    'the department',
    'this department',
    'the mosque',
    'the church',
    'the synagogue',
    'it all',
    'the whole place',
    'le bureau',
    'ce bureau',
    'le batiment',
    'ce batiment',
    'l edifice',
    'la mosquee',
    'l eglise',
  ]),
  // Discrimination: a group and an exclusionary or dehumanising claim, or the claim alone.
  ...phrases('hate', [
    'send them back',
    'send them all back',
    'send them home',
    'send em back',
    'go back to where you came from',
    'go back where you came from',
    'go back to where they came from',
    'go back to your country',
    'go back to your own country',
    'go back to your own',
    'get out of our country',
    'get out of my country',
    'deport them all',
    'deport them',
    'white power',
    'white pride',
    'great replacement',
    'ethnic cleansing',
    'subhuman',
    'sub human',
    'inferior race',
    'master race',
    'race traitor',
    'retournez chez vous',
    'retourne chez toi',
    'retourne dans ton pays',
    'retournez dans votre pays',
    'qu ils retournent chez eux',
    'renvoyez les',
    'renvoyez les tous',
    'dehors les',
    'race inferieure',
    'sous humains',
    '{group} ~2 {exclusion}',
    '{group} are ~1 {dehumanise}',
    '{group} are nothing but {dehumanise}',
    '{group} sont ~1 {dehumanise}',
    '{group} ne sont que {dehumanise}',
    'dirty {group}',
    'filthy {group}',
    'sale {group}',
    'sales {group}',
    '{group} should all be',
    '{group} ~3 ruining ~2 country',
    '{group} ~3 taking over',
  ]),
  ...phrases('group', [
    'people like them',
    'people like you',
    'people like that',
    'those people',
    'these people',
    'their kind',
    'your kind',
    'immigrants',
    'immigrant',
    'refugees',
    'migrants',
    'foreigners',
    'newcomers',
    'muslims',
    'jews',
    'blacks',
    'black people',
    'natives',
    'indians',
    'indigenous people',
    'first nations',
    'mi kmaq',
    'asians',
    'arabs',
    'gays',
    'gay people',
    'lesbians',
    'trans people',
    'transgender people',
    'queers',
    'women',
    'mexicans',
    'africans',
    'syrians',
    'chinese',
    'hindus',
    'sikhs',
    'catholics',
    'francophones',
    'acadians',
    'anglophones',
    'disabled people',
    'the disabled',
    'ces gens la',
    'ces gens',
    'les immigres',
    'les immigrants',
    'les refugies',
    'les etrangers',
    'les musulmans',
    'les juifs',
    'les noirs',
    'les arabes',
    'les autochtones',
    'les gais',
    'les homosexuels',
    'les femmes',
    'immigres',
    'etrangers',
    'musulmans',
    'arabes',
  ]),
  ...phrases('exclusion', [
    'don t belong',
    'do not belong',
    'dont belong',
    'doesn t belong',
    'don t deserve to live',
    'aren t welcome',
    'are not welcome',
    'not welcome here',
    'should go back',
    'should be deported',
    'should be banned',
    'should be removed',
    'should be kicked out',
    'need to go back',
    'must go back',
    'should leave',
    'need to leave',
    'should be sterilized',
    'should be eliminated',
    'have no place here',
    'ont pas leur place',
    'n ont pas leur place',
    'n ont rien a faire ici',
    'doivent partir',
    'devraient partir',
    'devraient etre expulses',
    'retourner chez eux',
  ]),
  ...phrases('dehumanise', [
    'animals',
    'vermin',
    'parasites',
    'rats',
    'cockroaches',
    'savages',
    'subhuman',
    'filth',
    'a disease',
    'a plague',
    'an infestation',
    'trash',
    'garbage',
    'scum',
    'criminals',
    'rapists',
    'terrorists',
    'inferior',
    'des animaux',
    'des parasites',
    'des rats',
    'des sauvages',
    'des criminels',
    'des terroristes',
    'inferieurs',
    'de la vermine',
    'des dechets',
  ]),
  ...phrases('insult', ['{addressee} ~3 {insult-adj}']),
  ...phrases('addressee', [
    'you',
    'you people',
    'some of you',
    'you guys',
    'you lot',
    'y all',
    'yall',
    'you commenters',
    'all of you',
    'vous',
    'certains d entre vous',
    'vous autres',
    'toi',
    't es',
    'you re',
    'you are',
    'vous etes',
  ]),
  ...phrases('insult-adj', [
    'clueless',
    'stupid',
    'dumb',
    'ignorant',
    'brainless',
    'delusional',
    'pathetic',
    'useless',
    'worthless',
    'disgusting',
    'a joke',
    'morons',
    'idiots',
    'imbeciles',
    'clowns',
    'losers',
    'fools',
    'sheep',
    'nuls',
    'nulles',
    'ignorants',
    'debiles',
    'caves',
    'epais',
    'stupides',
    'imbeciles',
    'ridicules',
    'pathetiques',
  ]),
  ...phrases('hate', [
    '{group} ~2 ruining',
    '{group} ~2 are destroying',
    '{group} ~2 taking our jobs',
    '{group} ~2 steal our jobs',
    '{group} ~2 stealing our jobs',
    '{group} ~2 volent nos',
    '{group} ~2 detruisent',
    'ship ~4 them out',
    'ship them all out',
    'kick them all out',
    'get them all out',
    'round them up',
    'faut tous les renvoyer',
    'les renvoyer chez eux',
    'tous les renvoyer',
    'renvoyer chez eux',
    'c est tous des {dehumanise}',
    'ils sont tous des {dehumanise}',
    'they re all {dehumanise}',
    'they are all {dehumanise}',
    '{group} ~3 shouldn t have ~1 rights',
    '{group} ~3 should not have ~1 rights',
    '{group} ~3 devraient pas avoir ~2 droits',
    '{group} ~3 ne devraient pas avoir ~2 droits',
    'should all be deported',
    'should all go back',
    'doivent tous partir',
  ]),
  ...phrases('group', [
    'les mi kmaq',
    'mi kmaq people',
    'the mi kmaq',
    'les acadiens',
    'les anglais',
    'les francais',
    'les chinois',
    'les asiatiques',
    'les africains',
    'les trans',
    'gay people',
    'muslim people',
    'jewish people',
  ]),
  ...phrases('dehumanise', [
    'profiteurs',
    'des profiteurs',
    'freeloaders',
    'leeches',
    'bums',
    'lazy',
    'moochers',
    'des voleurs',
    'thieves',
    'invaders',
  ]),
  ...phrases('threat', [
    'je sais ou tu restes',
    'je sais ou tu vis',
    'je sais ou vous habitez',
    'tu vas le regretter',
    'vous allez le regretter',
    'tu vas le payer',
    'you ll regret it',
    'you will regret it',
    'you re going to regret',
    'you ll pay for this',
    'you will pay for this',
    'show him what happens',
    'show her what happens',
    'show them what happens',
    'teach him a lesson',
    'teach her a lesson',
    'teach them a lesson',
    'go to his house',
    'go to her house',
    'go to their house',
    'pay him a visit',
    'pay her a visit',
    'lui donner une lecon',
    'leur donner une lecon',
  ]),
  ...phrases('insult', ['{sarcasm-praise} {sarcasm-name}', '{sarcasm-praise} ~1 {sarcasm-name}']),
  ...phrases('sarcasm-praise', [
    'nice one',
    'nice job',
    'nice going',
    'nice work',
    'good job',
    'great job',
    'way to go',
    'well done',
    'good one',
    'ok',
    'okay',
    'sure',
    'sure thing',
    'thanks',
    'thank you',
    'congrats',
    'congratulations',
    'bravo',
    'good call',
    'great idea',
    'merci',
    'bien joue',
    'beau travail',
    'bravo a',
  ]),
  ...phrases('sarcasm-name', [
    'einstein',
    'genius',
    'sherlock',
    'captain obvious',
    'smart guy',
    'mastermind',
    'rocket scientist',
    'les genies',
    'le genie',
    'mon genie',
    'einstein s',
  ]),
  ...phrases('threat', [
    'bring a gun',
    'bring my gun',
    'bring a knife',
    'bring a weapon',
    'bring a bat',
    'bring my rifle',
    'go postal',
    'shoot up the',
    'amener un fusil',
    'apporter une arme',
    'amener une arme',
    'apporter un fusil',
    '{threat-subject} ~2 bruler ~3 {place}',
    '{threat-subject} ~2 incendier ~3 {place}',
    'deserve to be {harm-passive}',
    'deserves to be {harm-passive}',
    'deserve a beating',
    'deserves a beating',
    'need a beating',
    'needs a beating',
    'need to be {harm-passive}',
    'needs to be {harm-passive}',
    'meritent d etre {harm-passive}',
    'merite d etre {harm-passive}',
    'merite une raclee',
    'meritent une raclee',
  ]),
  ...phrases('threat-subject', [
    'on devrait',
    'on devrait aller',
    'on va',
    'il faut',
    'faut',
    'allons',
    'je vais aller',
    'je veux',
    'on pourrait',
  ]),
  ...phrases('harm-passive', [
    'beaten',
    'beat up',
    'shot',
    'killed',
    'hanged',
    'hung',
    'punched',
    'hurt',
    'attacked',
    'burned',
    'burnt',
    'stabbed',
    'lynched',
    'executed',
    'slapped',
    'beaten up',
    'battus',
    'battu',
    'tues',
    'tue',
    'frappes',
    'frappe',
    'pendus',
    'pendu',
    'fusilles',
  ]),
  ...phrases('place', [
    'leur bureau',
    'son bureau',
    'votre bureau',
    'ton bureau',
    'leur maison',
    'sa maison',
    'ta maison',
    'votre maison',
    'l hotel de ville',
    'la legislature',
    'their office',
    'his office',
    'her office',
    'your office',
    'the courthouse',
    'the clinic',
  ]),
  ...phrases('harm-person', ['tuer', 'frapper', 'buter', 'battre', 'tabasser', 'descendre', 'crever']),
  ...phrases('threat', [
    'be a shame if something happened',
    'shame if something happened',
    'would be a shame if',
    'something might happen to',
    'something could happen to',
    'watch yourself',
    'you ve been warned',
    'consider yourself warned',
    'say that to my face',
    'someone s going to get hurt',
    'someone is going to get hurt',
    'somebody s gonna get hurt',
    'someone s gonna get hurt',
    'somebody is going to get hurt',
    'people are going to get hurt',
    'quelqu un va se faire mal',
    'ca va mal finir',
    'tu vas voir ce qui va arriver',
    'fais attention a toi',
  ]),
  ...phrases('hate', [
    'maudits {group}',
    'maudit {group}',
    'damn {group}',
    'bloody {group}',
    'rien a faire ici',
    'rien a faire icitte',
    'y ont rien a faire',
    'ont rien a faire ici',
    '{group} ~2 have no business',
    '{group} ~2 has no business',
    'where she belongs',
    'where they belong',
    'where he belongs',
    'back where she belongs',
    'back in the kitchen',
    'belongs in the kitchen',
    'dehors les',
  ]),
  ...phrases('group', ['immigrants', 'les maudits immigrants']),
  ...phrases('insult', [
    'learn to read',
    'reading comprehension',
    'great reading skills',
    'nice reading skills',
    'reading skills',
    'can t you read',
    'cant you read',
    'apprends a lire',
    'sais tu lire',
    'savez vous lire',
    'tu sais pas lire',
  ]),
  ...phrases('threat', ['try me and see what happens', 'to my face ~4 see what happens']),
  ...phrases('insult', [
    'calm down karen',
    'ok karen',
    'okay karen',
    'ok boomer',
    'okay boomer',
    'typical boomer',
    'boomer take',
    'yell at a cloud',
    'go yell at',
    'only a clown',
    'only an idiot',
    'only a moron',
    'only a fool',
    'read a book',
    'get a life',
    'touch grass',
    'grow up',
    'grow a spine',
    'go cry',
    'cry more',
    'cry about it',
    'stay mad',
    'mange de la marde',
    'va chier',
    'gros cave',
    'maudit cave',
    'pauvre cave',
  ]),
  ...phrases('threat', [
    'i know where you',
    'je sais ou tu',
    'je sais ou vous',
    'tu ferais mieux de pas',
    'tu ferais mieux de ne pas',
    'on va s occuper de toi',
    'on va s occuper de vous',
    'you d better not show',
    'better not show your face',
    'don t show your face',
    'won t get a moment s peace',
    'until she quits',
    'until he quits',
    'until they quit',
    'make her life hell',
    'make his life hell',
    'make your life hell',
    'make their lives hell',
    'make their life hell',
    'ruin her life',
    'ruin his life',
    'ruin your life',
    'lui rendre la vie impossible',
    'te rendre la vie impossible',
    'go back ~3 came from',
    'retourne ~3 viens',
  ]),
  ...phrases('place', [
    'that access centre',
    'the access centre',
    'that centre',
    'the centre',
    'that place',
    'that building',
    'that school',
    'the access center',
    'that access center',
    'ce centre',
    'ce bureau la',
  ]),
  ...phrases('harm-place', ['torch', 'blow up', 'burn down', 'bruler', 'incendier']),
  ...phrases('insult', [
    'why we can t have nice things',
    'can t have nice things',
    'people like you are the problem',
    'people like you are why',
    'people like you are exactly why',
  ]),
  ...phrases('insult', [
    'this garbage',
    'your garbage',
    'your trash',
    'such garbage',
    'stop spamming',
    'it s pathetic',
    'how pathetic',
    'so pathetic',
    'thanks for that genius',
    'genius insight',
    'try reading',
    'maybe try reading',
    'learn how to read',
  ]),
  ...phrases('hate', [
    '{group} ~2 shouldn t be allowed',
    '{group} ~2 should not be allowed',
    '{group} ~2 ne devraient pas avoir le droit',
    '{group} ~5 handed to them',
    '{group} ~5 handouts',
    '{group} ~5 free ride',
    '{group} ~5 everything for free',
  ]),
  ...phrases('group', [
    'people from the reserve',
    'those people from the reserve',
    'from the reserve',
    'gay people',
    'gays',
    'lesbians',
    'trans people',
    'ceux de la reserve',
  ]),
  ...phrases('threat', [
    'break ~1 legs',
    'break your legs',
    'break his legs',
    'break her legs',
    'break your neck',
    'break his neck',
    'break your face',
    'smash your face',
    'punch his lights out',
    'kick his ass',
    'kick your ass',
    'kick her ass',
    'until you answer me',
    'until you reply',
    'until you respond',
    'i found your new account',
    'keep making new ones',
    'keep making new accounts',
    'you can t block me',
    'you can t hide from me',
    'post your address',
    'share your address',
    'i ll post your',
    'publish your address',
    'dox you',
    'doxx you',
    'te casser les jambes',
    'lui casser les jambes',
    'casser la gueule',
  ]),
];
