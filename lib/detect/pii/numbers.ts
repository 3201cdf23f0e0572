/**
 * Numbers that identify a person: phone numbers (North American, with an
 * extension), Social Insurance Numbers (Luhn, and a keyword unless written
 * 3-3-3), health card numbers (with a keyword), postal codes, dates of birth
 * (after a keyword) and case, claim or file numbers (after their label).
 */
import { add, type Candidate } from './candidates';
import { PII_PATTERNS } from './patterns';
import { collect, digitsOf, endsIn, luhn, nanp, near, wordBefore, type Hits } from './text';
import { WORDS } from './words';

export function findPhones(t: string, published: ReadonlySet<string>, out: Candidate[]): void {
  const re = PII_PATTERNS.phone;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const ten = nanp(m[1] ?? '');
    if (ten.length !== 10) continue;
    const area = ten.slice(0, 3);
    const org = WORDS.tollFree.has(area) || published.has(ten) || WORDS.governmentExchanges.has(ten.slice(0, 6));
    add(out, {
      kind: 'phone',
      s: m.index,
      e: m.index + m[0].length,
      fixedOrg: org || undefined,
    });
  }
}

export function findSins(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.sin;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  let labels: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const d = digitsOf(m[0]);
    if (d[0] === '8' || !luhn(d)) continue;
    keywords ??= collect(PII_PATTERNS.sinKeyword, t);
    const s = m.index;
    const e = s + m[0].length;
    const keyword = near(keywords, s, e, 300);
    if (!keyword) {
      // Without a keyword: only the 3-3-3 form, only a plausible first digit, and no other label.
      if (d[0] === '0' || m[0].length !== 11) continue;
      labels ??= collect(PII_PATTERNS.nonSinLabel, t);
      if (endsIn(labels, s - 30, s)) continue;
    }
    add(out, { kind: 'sin', s, e });
  }
}

export function findHealthCards(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.healthCard;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    keywords ??= collect(PII_PATTERNS.healthKeyword, t);
    const s = m.index;
    const e = s + m[0].length;
    if (near(keywords, s, e, 100)) add(out, { kind: 'health-card', s, e });
  }
}

export function findPostalCodes(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.postalCode;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    add(out, { kind: 'postal-code', s: m.index, e: m.index + m[0].length });
  }
}

export function findDatesOfBirth(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.date;
  re.lastIndex = 0;
  let keywords: Hits | undefined;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    keywords ??= collect(PII_PATTERNS.dobKeyword, t);
    if (endsIn(keywords, m.index - 40, m.index)) {
      add(out, { kind: 'date-of-birth', s: m.index, e: m.index + m[0].length });
    }
  }
}

export function findCaseNumbers(t: string, out: Candidate[]): void {
  const re = PII_PATTERNS.caseNumber;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const id = m[1] ?? '';
    const digits = digitsOf(id).length;
    if (digits < 4) continue;
    if (digits === 4 && id.length === 4) {
      const year = Number(id);
      if (year >= 1900 && year <= 2099) continue;
    }
    if (PII_PATTERNS.yearRange.test(id) || PII_PATTERNS.isoDate.test(id)) continue;
    if (m[0].startsWith('case')) {
      const before = wordBefore(t, m.index);
      if (before === 'in') continue;
      if (WORDS.caseIdioms.has(before)) {
        const k = t.lastIndexOf(before, m.index);
        if (wordBefore(t, k) === 'in') continue;
      }
    }
    const e = m.index + m[0].length;
    add(out, { kind: 'case-number', s: e - id.length, e });
  }
}
