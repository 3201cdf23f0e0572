import { normalize } from '@/lib/detect/normalize';
import { detectPii, isRoleInbox, PII_PATTERNS, type PiiKind, type PiiOptions } from '@/lib/detect/pii';

const OPTIONS: PiiOptions = {
  governmentDomains: ['novascotia.ca', 'gov.ns.ca'],
  publishedNumbers: [],
  account: 'official',
};

interface Found {
  kind: PiiKind;
  /** text.slice(start, end): exactly what the person typed */
  typed: string;
  organisational: boolean;
  own: boolean;
}

function find(text: string, options: Partial<PiiOptions> = {}): Found[] {
  return detectPii(normalize(text), { ...OPTIONS, ...options }).map((m) => ({
    kind: m.kind,
    typed: text.slice(m.start, m.end),
    organisational: m.organisational,
    own: m.own,
  }));
}

/** [kind, typed] pairs, in order. */
function kinds(text: string, options: Partial<PiiOptions> = {}): Array<[PiiKind, string]> {
  return find(text, options).map((f) => [f.kind, f.typed]);
}

type Expect = [PiiKind, string, { org?: boolean; own?: boolean }?];

function check(text: string, expected: Expect[], options: Partial<PiiOptions> = {}): void {
  const got = find(text, options);
  expect(got.map((f) => [f.kind, f.typed])).toEqual(expected.map(([k, t]) => [k, t]));
  expected.forEach(([, , flags], i) => {
    if (flags?.org !== undefined) expect(got[i]?.organisational, `organisational: ${text}`).toBe(flags.org);
    if (flags?.own !== undefined) expect(got[i]?.own, `own: ${text}`).toBe(flags.own);
  });
}

describe('detectPii: phone', () => {
  test.each<[string, Expect[]]>([
    ['Text me at 902 555 0148', [['phone', '902 555 0148', { org: false, own: true }]]],
    ['Please call our office at 902-424-5200', [['phone', '902-424-5200', { org: true, own: false }]]],
    ['Questions? 1-800-565-1234', [['phone', '1-800-565-1234', { org: true }]]],
    ['Toll-free 1 (888) 555-0148.', [['phone', '1 (888) 555-0148', { org: true }]]],
    ['(902) 555-0148', [['phone', '(902) 555-0148', { org: false }]]],
    ['902-555-0148', [['phone', '902-555-0148']]],
    ['902.555.0148', [['phone', '902.555.0148']]],
    ['9025550148', [['phone', '9025550148']]],
    ['+1 902 555 0148', [['phone', '+1 902 555 0148']]],
    ['+1-902-555-0148', [['phone', '+1-902-555-0148']]],
    ['1-902-555-0148', [['phone', '1-902-555-0148']]],
    ['1 (902) 555-0148', [['phone', '1 (902) 555-0148']]],
    ['Reach Jane at 902-555-0148 ext. 12 today', [['phone', '902-555-0148 ext. 12', { org: false }]]],
    ['Reach Jane at 902-555-0148 x12.', [['phone', '902-555-0148 x12']]],
    ['Fax 902 722 1234', [['phone', '902 722 1234', { org: true }]]],
    ["Joignez l'équipe au 902 555-0148 poste 204.", [['phone', '902 555-0148 poste 204']]],
    ['Texte-moi au 902 555 0148', [['phone', '902 555 0148', { org: false, own: true }]]],
    ['Appelez notre bureau au 902 555 0148.', [['phone', '902 555 0148', { org: true }]]],
    ['Ligne sans frais : 1 877 555 0148', [['phone', '1 877 555 0148', { org: true }]]],
    ['Call my cell, 902-555-0148', [['phone', '902-555-0148', { org: false, own: true }]]],
    ['Contact the Service Centre at 902-555-0148.', [['phone', '902-555-0148', { org: true }]]],
    ['Call the office at 902-555-0148 and ask for my dad.', [['phone', '902-555-0148', { org: false, own: false }]]],
    ['His number is 902-555-0148.', [['phone', '902-555-0148', { org: false, own: false }]]],
    ['Open Mon-Fri, call 902 555 0148.', [['phone', '902 555 0148', { org: true }]]],
    [
      'Call our office at 902 555 0148 or text me at 902 555 0199.',
      [
        ['phone', '902 555 0148', { org: true, own: false }],
        ['phone', '902 555 0199', { org: false, own: true }],
      ],
    ],
    [
      'Appelez notre bureau au 902 555 0148 ou appelle-moi au 902 555 0199.',
      [
        ['phone', '902 555 0148', { org: true }],
        ['phone', '902 555 0199', { org: false, own: true }],
      ],
    ],
  ])('%s', (text, expected) => check(text, expected));

  test.each([
    'call 811',
    'Dial 211, 311, 411, 511, 611 or 911 for help',
    'The deadline is 2026-11-24.',
    'Doors open 10:30-11:45 on 2026/11/24',
    'It costs $1,234,567.89 in total.',
    'Mail it to B3J 2Y3',
    'Case 2024-000123 was closed',
    'Your claim 2026-CL-448812 is ready',
    'Call 555-0148', // seven digits
    '(123) 555-0148', // area code cannot start with 1
    '902-155-0148', // exchange cannot start with 1
    '902-555-01489', // too many digits
    'ISBN 978-1-902-555-01',
  ])('no phone in %j', (text) => {
    expect(find(text).filter((f) => f.kind === 'phone')).toEqual([]);
  });

  test('published numbers are organisational whatever the format', () => {
    check('Call Anne at 902-555-0100', [['phone', '902-555-0100', { org: true }]], {
      publishedNumbers: ['1 (902) 555 0100'],
    });
    check('Call Anne at 902-555-0101', [['phone', '902-555-0101', { org: false }]], {
      publishedNumbers: ['1 (902) 555 0100'],
    });
  });

  test('a bare "our"/"us" is organisational only outside personal accounts', () => {
    check('Our number is 902 555 0148.', [['phone', '902 555 0148', { org: true }]], {
      account: 'official',
    });
    check('Our number is 902 555 0148.', [['phone', '902 555 0148', { org: false }]], {
      account: 'personal',
    });
    check('Call us at 902 555 0148.', [['phone', '902 555 0148', { org: true }]], {
      account: 'personal',
    });
  });

  test('zero-width characters and fullwidth digits: offsets point at what was typed', () => {
    const zw = 'Call 902\u200b-555-01\u200d48 now';
    check(zw, [['phone', '902\u200b-555-01\u200d48']]);
    const wide = 'Call ９０２ ５５５ ０１４８ now';
    check(wide, [['phone', '９０２ ５５５ ０１４８']]);
    const [m] = detectPii(normalize(wide), OPTIONS);
    expect(m).toMatchObject({ start: 5, end: 17 });
  });
});

describe('detectPii: email', () => {
  test('named address at a government domain', () => {
    const [m] = detectPii(normalize('Write to j.macdonald@novascotia.ca today'), OPTIONS);
    expect(m).toMatchObject({
      kind: 'email',
      domain: 'novascotia.ca',
      government: true,
      organisational: false,
    });
    expect('Write to j.macdonald@novascotia.ca today'.slice(m!.start, m!.end)).toBe('j.macdonald@novascotia.ca');
  });

  test('subdomains of a government domain are government', () => {
    const [m] = detectPii(normalize('ann.lee@health.gov.ns.ca'), OPTIONS);
    expect(m).toMatchObject({ domain: 'health.gov.ns.ca', government: true });
    const [n] = detectPii(normalize('ann.lee@notnovascotia.ca'), OPTIONS);
    expect(n).toMatchObject({ domain: 'notnovascotia.ca', government: false });
  });

  test('shared inboxes are organisational', () => {
    for (const e of [
      'info@novascotia.ca',
      'media.relations@novascotia.ca',
      'no-reply@example.com',
      'renseignements@gov.ns.ca',
    ]) {
      const [m] = detectPii(normalize(`Email ${e}.`), OPTIONS);
      expect(m, e).toMatchObject({ kind: 'email', organisational: true });
    }
    expect(isRoleInbox('Support')).toBe(true);
    expect(isRoleInbox('marie.leblanc')).toBe(false);
  });

  test('personal address', () => {
    const text = 'Email me at Marie.LeBlanc@Gmail.com.';
    const [m] = detectPii(normalize(text), OPTIONS);
    expect(m).toMatchObject({
      kind: 'email',
      domain: 'gmail.com',
      government: false,
      organisational: false,
      own: true,
    });
    expect(text.slice(m!.start, m!.end)).toBe('Marie.LeBlanc@Gmail.com');
  });

  test.each<[string, Expect[]]>([
    ['marie.leblanc@gmail.com', [['email', 'marie.leblanc@gmail.com', { org: false }]]],
    ['Écrivez-moi : marie_l+news@videotron.qc.ca', [['email', 'marie_l+news@videotron.qc.ca', { own: true }]]],
    ['marie\u200b.leblanc@gmail.com', [['email', 'marie\u200b.leblanc@gmail.com']]],
    ['Not an address: @novascotia, user@localhost, a@b.c', []],
  ])('%s', (text, expected) => check(text, expected));
});

describe('detectPii: SIN', () => {
  test.each<[string, Expect[]]>([
    ['My SIN is 046 454 286', [['sin', '046 454 286', { own: true, org: false }]]],
    ['S.I.N.: 046-454-286', [['sin', '046-454-286']]],
    ['social insurance number 046454286', [['sin', '046454286']]],
    ['Mon NAS est le 046 454 286.', [['sin', '046 454 286', { own: true }]]],
    ["Son numéro d'assurance sociale : 130 692 544", [['sin', '130 692 544', { own: false }]]],
    ['Her number is 130 692 544.', [['sin', '130 692 544']]], // 3-3-3, valid, no other label
  ])('%s', (text, expected) => check(text, expected));

  test.each([
    'My SIN is 046 454 287', // Luhn fails
    'Order # 130 692 544 shipped', // labelled as an order
    'Invoice: 193 456 787',
    'Numéro de commande 130 692 544',
    'Number 046 454 286', // starts with 0 and no keyword
    'Ref 130692544', // unbroken, no keyword
    'My SIN is 812 345 676', // Luhn-valid but 8 is never a first digit
  ])('no SIN in %j', (text) => {
    expect(kinds(text).filter(([k]) => k === 'sin')).toEqual([]);
  });
});

describe('detectPii: health card', () => {
  test.each<[string, Expect[]]>([
    ['Health card 1234 567 890 for my dad', [['health-card', '1234 567 890', { own: false, org: false }]]],
    ['My health card number: 1234-567-890', [['health-card', '1234-567-890', { own: true }]]],
    ['MSI # 2345678901', [['health-card', '2345678901']]], // also phone-shaped: health card wins
    ['Carte santé : 1234 567 890', [['health-card', '1234 567 890']]],
    ["Numéro d'assurance maladie 1234567890", [['health-card', '1234567890']]],
  ])('%s', (text, expected) => check(text, expected));

  test.each(['Reference 1234 567 890', 'Use code 1234567890 at checkout', '1234 567 890'])(
    'no health card in %j',
    (text) => {
      expect(kinds(text).filter(([k]) => k === 'health-card' || k === 'phone')).toEqual([]);
    },
  );
});

describe('detectPii: address, postal code, date of birth', () => {
  test('the whole record', () => {
    check('Mrs. Ellen Boudreau, 14 Pleasant St, Antigonish B2G 1X5, born 1958-03-02', [
      ['address', '14 Pleasant St', { org: false, own: false }],
      ['postal-code', 'B2G 1X5', { org: false }],
      ['date-of-birth', '1958-03-02', { org: false }],
    ]);
  });

  test.each<[string, Expect[]]>([
    ['She lives at 27B Oak Tree Lane.', [['address', '27B Oak Tree Lane', { org: false }]]],
    ['Unit 12-34 Prince of Wales Drive', [['address', '12-34 Prince of Wales Drive']]],
    ['5 St. Margarets Bay Rd', [['address', '5 St. Margarets Bay Rd']]],
    ['I live at 14 pleasant st', [['address', '14 pleasant st', { own: true }]]],
    ['Visit our office at 1690 Hollis Street.', [['address', '1690 Hollis Street', { org: true }]]],
    [
      'Visit our office at 1690 Hollis St, Halifax B3J 1V7 or call 902-555-0199.',
      [
        ['address', '1690 Hollis St', { org: true }],
        ['postal-code', 'B3J 1V7', { org: true }],
        ['phone', '902-555-0199', { org: true }],
      ],
    ],
    ['The library is open at 60 Alderney Drive.', [['address', '60 Alderney Drive', { org: true }]]],
    ['Ceremony at 10 Main Street.', [['address', '10 Main Street', { org: true }]]],
    ['Mr. Doe, 10 Main Street.', [['address', '10 Main Street', { org: false, own: false }]]],
    ["J'habite au 12, rue Principale, Chéticamp.", [['address', '12, rue Principale', { own: true, org: false }]]],
    ['Venez nous voir au 1505 rue Barrington.', [['address', '1505 rue Barrington', { org: true }]]],
    ['Chez ma mère, 8 chemin du Lac-Bleu', [['address', '8 chemin du Lac-Bleu', { org: false }]]],
    ['Send it to b3j2y3', [['postal-code', 'b3j2y3', { org: false }]]],
    ['Our office: B3J 2Y3', [['postal-code', 'B3J 2Y3', { org: true }]]],
  ])('%s', (text, expected) => check(text, expected));

  test.each([
    'Highway 102 near Exit 10',
    'Take Hwy 7 to the wharf',
    'We walked 3 km down the road',
    'Our 3 kids on the road',
    'We planted 200 trees along the way',
    'Only 3 People Drive',
    'Code D3F 4Q5', // D, F and Q never appear in postal codes
    'See W1A 0AX', // W is not a first letter
    'Colour #a1b2c3',
  ])('no address or postal code in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  test.each<[string, string]>([
    ['born 1958-03-02', '1958-03-02'],
    ['DOB: 02/03/1958', '02/03/1958'],
    ['d.o.b. 3/2/58', '3/2/58'],
    ['I was born on March 2, 1958.', 'March 2, 1958'],
    ['Date of birth: 2 March 1958', '2 March 1958'],
    ['Birthdate Mar. 2nd, 1958', 'Mar. 2nd, 1958'],
    ['Née le 1er mars 1958 à Truro', '1er mars 1958'],
    ['Date de naissance : 2 mars 1958', '2 mars 1958'],
    ['né en mars 1958', 'mars 1958'],
  ])('date of birth in %j', (text, typed) => {
    expect(kinds(text)).toEqual([['date-of-birth', typed]]);
  });

  test('"I was born" is the writer\'s own', () => {
    check('I was born on March 2, 1958.', [['date-of-birth', 'March 2, 1958', { own: true }]]);
  });

  test.each([
    'The event is on March 2, 1958.',
    'Opened 1958-03-02',
    'Deadline: 2026-11-24',
    'born in 1958', // a year is not a date
  ])('no date of birth in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('detectPii: case numbers', () => {
  test.each<[string, Expect[]]>([
    ['your claim 2026-CL-448812', [['case-number', '2026-CL-448812', { org: false }]]],
    ['Case #12345', [['case-number', '12345']]],
    ['File no. 2024-000123 is closed', [['case-number', '2024-000123']]],
    ['Application number: A-12345', [['case-number', 'A-12345']]],
    ['My claim number is 2026-CL-448812.', [['case-number', '2026-CL-448812', { own: true }]]],
    ['Numéro de dossier : 2024-000123', [['case-number', '2024-000123']]],
    ['Réclamation n° 98765', [['case-number', '98765']]],
    ['Ticket 9025550148', [['case-number', '9025550148']]], // not a phone
    ['Reference 2026-11-24A', [['case-number', '2026-11-24A']]],
    ['Reference 1234 567 890', [['case-number', '1234 567 890']]],
    ['Account 130 692 544', [['case-number', '130 692 544']]], // labelled: not a SIN
  ])('%s', (text, expected) => check(text, expected));

  test.each([
    'My case is strong',
    'In any case 2024 was good',
    'in that case 12345 people will come',
    'File your 2024 taxes',
    'Case 2024 was hard',
    'Applications 2026-27 are open',
    'Case 123',
    'File by 2026-11-24',
  ])('no case number in %j', (text) => {
    expect(kinds(text).filter(([k]) => k === 'case-number')).toEqual([]);
  });
});

describe('detectPii: output', () => {
  test('sorted, non-overlapping, offsets into the original text', () => {
    const text =
      'Mme Ellen Boudreau\u00a0: née le 2 mars 1958, 14, rue Principale, Chéticamp B0E 1H0. ' +
      'Courriel : ellen.b@gmail.com, cellulaire 902\u2011555\u20110148, dossier n° 2024-000123, NAS 046 454 286.';
    const found = detectPii(normalize(text), OPTIONS);
    expect(found.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['date-of-birth', '2 mars 1958'],
      ['address', '14, rue Principale'],
      ['postal-code', 'B0E 1H0'],
      ['email', 'ellen.b@gmail.com'],
      ['phone', '902\u2011555\u20110148'],
      ['case-number', '2024-000123'],
      ['sin', '046 454 286'],
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found.every((m) => !m.organisational)).toBe(true);
  });

  test('empty and plain text', () => {
    expect(detectPii(normalize(''), OPTIONS)).toEqual([]);
    expect(detectPii(normalize('A lovely day in Halifax. 🌞'), OPTIONS)).toEqual([]);
  });

  test('options are optional', () => {
    expect(detectPii(normalize('x j.doe@gov.ns.ca'))[0]).toMatchObject({
      government: true,
    });
  });

  test('patterns are global or sticky and compiled once', () => {
    for (const [name, re] of Object.entries(PII_PATTERNS)) expect(re, name).toBeInstanceOf(RegExp);
  });

  test('a 100,000-character draft', () => {
    const para =
      'Mrs. Ellen Boudreau, 14 Pleasant St, Antigonish B2G 1X5, born 1958-03-02. ' +
      'Text me at 902 555 0148 or email marie.leblanc@gmail.com about claim 2026-CL-448812. ' +
      'Call our office at 1-800-565-1234 or 811; in any case 2024 was fine on Highway 102. ';
    const reps = Math.floor(100_000 / para.length);
    let text = para.repeat(reps);
    text += ' '.repeat(100_000 - text.length);
    expect(text.length).toBe(100_000);
    const found = detectPii(normalize(text), OPTIONS);
    expect(found).toHaveLength(reps * 7);
    const last = found.slice(-7);
    expect(last.map((m) => [m.kind, text.slice(m.start, m.end), m.organisational, m.own])).toEqual([
      ['address', '14 Pleasant St', false, false],
      ['postal-code', 'B2G 1X5', false, false],
      ['date-of-birth', '1958-03-02', false, false],
      ['phone', '902 555 0148', false, true],
      ['email', 'marie.leblanc@gmail.com', false, true],
      ['case-number', '2026-CL-448812', false, true], // same sentence as "text me"
      ['phone', '1-800-565-1234', true, false],
    ]);
    expect(last[0]!.start).toBe((reps - 1) * para.length + para.indexOf('14 Pleasant'));
  });
});
