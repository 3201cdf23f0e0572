/**
 * The phrase syntax, case by case: phrases (category: phrase), a text, and the
 * hits the lexicon passes find (category: matched words).
 *   word      a folded word          stem*   a word starting with the stem
 *   {name}    a hit of a category    ~N      up to N words of any kind
 */
import { Lexicon } from '@/lib/detect/lexicon';
import { buildLevels, matchLevels } from '@/lib/detect/lexicons';
import { normalize } from '@/lib/detect/normalize';
import { tokenize } from '@/lib/detect/tokens';

function run(phrases: string[], text: string): string[] {
  const entries = phrases.map((p) => {
    const [category, phrase] = p.split(/:\s*/) as [string, string];
    return { category, phrase };
  });
  const tokens = tokenize(normalize(text));
  return matchLevels(buildLevels(entries), tokens).map(
    (h) =>
      `${h.category}: ${tokens
        .slice(h.from, h.to)
        .map((t) => t.text)
        .join(' ')}`,
  );
}

const CASES: Array<[string, string[], string, string[]]> = [
  ['a word', ['w: budget'], 'The Budget is out.', ['w: budget']],
  ['words in order only', ['w: draft budget'], 'budget draft, draft budget', ['w: draft budget']],
  ['accents and case folded', ['w: ministere de la sante'], 'au Ministère de la Santé', ['w: ministere de la sante']],
  ['accents in the phrase folded too', ['w: ministère'], 'le ministere', ['w: ministere']],
  ['apostrophes split words', ["w: don't share"], 'Don’t share this', ['w: don t share']],
  ['hyphens split words', ['w: nouvelle ecosse'], 'Nouvelle-Écosse', ['w: nouvelle ecosse']],
  ['a word is whole', ['w: cap'], 'capital caps cap', ['w: cap']],
  ['a stem', ['s: corrupt*'], 'corruption is corrupt, not corrosive', ['s: corruption', 's: corrupt']],
  ['a stem inside a phrase', ['s: pea brain*'], 'pea brained pea brain', ['s: pea brained', 's: pea brain']],
  [
    'a gap of 0 to N words',
    ['g: vote ~2 ndp'],
    'vote NDP, vote for the NDP, vote for the new NDP',
    ['g: vote ndp', 'g: vote for the ndp'],
  ],
  ['a slot', ['p: liberal', 'c: vote {p}'], 'Vote Liberal', ['p: liberal', 'c: vote liberal']],
  [
    'a slot of several words',
    ['p: new democrats', 'c: vote {p}'],
    'vote new democrats',
    ['p: new democrats', 'c: vote new democrats'],
  ],
  ['a slot and a gap', ['p: ndp', 'c: vote ~1 {p}'], 'vote for ndp', ['p: ndp', 'c: vote for ndp']],
  [
    'a slot of a slot (three passes)',
    ['a: ndp', 'b: the {a}', 'c: vote {b}'],
    'vote the ndp',
    ['a: ndp', 'b: the ndp', 'c: vote the ndp'],
  ],
  [
    'an alias slot: pol is any party, politician or office',
    ['party: ndp', 'c: vote {pol}'],
    'vote ndp',
    ['party: ndp', 'c: vote ndp'],
  ],
  [
    'one hit for two paths to the same words',
    ['g: i ~2 you', 'h: i ~1 ~1 you'],
    'i love you',
    ['g: i love you', 'h: i love you'],
  ],
  ['every category of a phrase', ['a: shut up', 'b: shut up'], 'shut up', ['a: shut up', 'b: shut up']],
  [
    'overlapping hits, in order of first word',
    ['a: the province', 'b: province s rebate'],
    "the province's rebate",
    ['a: the province', 'b: province s rebate'],
  ],
  ['nothing', ['w: budget'], 'the budgie', []],
];

describe('lexicon phrase syntax', () => {
  test.each(CASES)('%s', (_name, phrases, text, hits) => {
    expect(run(phrases, text)).toEqual(hits);
  });

  test('a stem shorter than three letters is refused', () => {
    expect(() => new Lexicon([{ category: 's', phrase: 'ab*' }])).toThrow(/stem too short/);
  });

  test('a {slot} that names no category makes the build throw', () => {
    expect(() => buildLevels([{ category: 'c', phrase: 'vote {nothing}' }])).toThrow(/names no category/);
  });

  test('a category that refers to itself makes the build throw', () => {
    expect(() => buildLevels([{ category: 'c', phrase: 'very {c}' }])).toThrow(/refers to itself/);
  });
});
