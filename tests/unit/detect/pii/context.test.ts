import { findCues, judge, V_CUED, V_ORG, V_OWN } from '@/lib/detect/pii/context';

const verdict = (t: string, place = false, pronounIsOrg = false) =>
  judge(findCues(t), 0, t.length, 0, 0, place, pronounIsOrg);

test('an organisational cue makes a match organisational', () => {
  expect(verdict('call our office at')).toBe(V_ORG | V_CUED);
});

test('a personal cue wins over an organisational one, and the writer’s own details are marked', () => {
  expect(verdict('call me at the office')).toBe(V_OWN | V_CUED);
  expect(verdict('his cell')).toBe(V_CUED);
});

test('a bare "our" is organisational only where pronouns are (official accounts)', () => {
  expect(verdict('our number')).toBe(0);
  expect(verdict('our number', false, true)).toBe(V_ORG | V_CUED);
});

test('a home is personal for addresses only', () => {
  expect(verdict('she lives at', true)).toBe(V_CUED);
  expect(verdict('home', false)).toBe(0);
});
