/**
 * moderateComment: the terms of use, not the employee's standard of respect. Harsh criticism of
 * government is never marked; profanity, abuse, a threat or personal information inside it is.
 */
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT, moderateComment, readComment } from '@/lib/moderation/judge';
import type { ModerationReason } from '@/lib/moderation/types';

const reasons = (text: string, model?: null) =>
  moderateComment({ text, site: 'facebook' }, model === null ? { model: null } : {}).reasons;

describe('criticism of government is not marked', () => {
  it.each([
    'This department is incompetent from top to bottom and the minister should resign.',
    'Clowns running a circus. Useless, pathetic, shameful.',
    'You people are clueless. Plow the side roads for once.',
    'Absolutely idiotic decision to cap students without a plan.',
    'This rule is going to kill every small farm in the valley.',
    'Ce gouvernement est une farce et le ministère est incompétent.',
    'Cette règle va tuer les petites fermes. Une honte.',
    'Damn, this wait is killing me. Crap service, I am pissed.',
  ])('%s', (text) => {
    expect(reasons(text)).toEqual([]);
  });
});

describe('what is marked inside criticism', () => {
  it.each<[string, ModerationReason[]]>([
    ['This program is bullshit and the minister is a liar.', ['profanity']],
    ['Useless department. My health card is 0012 345 678, fix my file.', ['personal-info']],
    ['Keep cutting our ER and someone is going to burn that office down.', ['threat']],
    ['Typical, immigrants are lazy thieves and this government hands them everything.', ['abuse']],
    ['@Mike Doe you are an idiot, go back to your basement.', ['harassment']],
    ['Ce système, c’est de la merde.', ['profanity']],
    ['Je vais te tuer.', ['threat']],
  ])('%s', (text, expected) => {
    expect(reasons(text)).toEqual(expected);
  });
});

describe('reasons and their order', () => {
  it('lists several reasons in the shared order (threat first, partisan last)', () => {
    expect(reasons('Fuck this, vote them out next election. I will burn down the legislature.')).toEqual([
      'threat',
      'profanity',
      'partisan',
    ]);
  });

  it('does not take an office line or a government address for personal information', () => {
    expect(reasons('Call 811 or Access Nova Scotia at 1-800-670-4357, or write to info@novascotia.ca.')).toEqual([]);
  });

  it('takes a business contact in an advertisement for spam, not personal information', () => {
    expect(reasons('Best prices on roofing, free estimate! Call us today 902-555-0187.')).toEqual(['spam']);
  });

  it('partisan is campaigning, not naming a politician', () => {
    expect(reasons('The Premier’s housing plan is a mess.')).toEqual([]);
    expect(reasons('Four more years! Houston has my vote.')).toEqual(['partisan']);
  });

  it('off-topic is never marked', () => {
    expect(reasons('Off topic, but does anyone know if the Public Gardens are open?')).toEqual([]);
  });
});

describe('robustness', () => {
  it('works on the detectors alone when there is no model', () => {
    expect(reasons('What a shitshow.', null)).toEqual(['profanity']);
    expect(readComment({ text: 'What a shitshow.', site: 'x' }, { model: null }).p).toBeUndefined();
  });

  it('answers nothing for empty text and reads only the first 5,000 characters', () => {
    expect(reasons('   ')).toEqual([]);
    expect(reasons(`${'Fine service. '.repeat(MAX_COMMENT / 10)} Fuck this.`)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = '@Greg you are a pathetic loser. Call me at 902-555-0143.';
    expect(reasons(text)).toEqual(reasons(text));
  });
});
