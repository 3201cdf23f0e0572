/**
 * Cases written from RULES.md that an earlier engine got wrong (found by the
 * table-driven rule tests), kept here so they stay right.
 */
import { evaluate } from '@/lib/engine';
import type { RuleId, Severity } from '@/lib/types';
import { official, personal } from './helpers';

const fires: Array<[string, typeof personal, RuleId, Severity]> = [
  ['Houston has to go.', personal, 'partisan', 'info'],
  ['Houston needs to resign before the spring.', personal, 'partisan', 'info'],
  ['Les libéraux doivent partir.', personal, 'partisan', 'info'],
  ['Les conservateurs sont des menteurs.', personal, 'partisan', 'info'],
  ["The province's new ferry schedule is a joke.", official, 'criticizes-government', 'high'],
  ["The provincial government's new rent cap is a disaster.", personal, 'criticizes-government', 'info'],
  ['Bill 24 is a disgrace and the Houston government should be ashamed.', personal, 'criticizes-government', 'info'],
  ['The province changed the rent cap again. It makes no sense.', personal, 'criticizes-government', 'info'],
  ["La politique de la province sur les loyers n'a aucun sens.", personal, 'criticizes-government', 'info'],
  ['Nice one, Einstein. Maybe read the article next time.', personal, 'disrespectful', 'warning'],
  ["Tas d'idi0ts.", personal, 'disrespectful', 'warning'],
  ["Regarde l'1diot.", personal, 'disrespectful', 'warning'],
  ["If they cancel my overtime again I'll bring a gun to work.", personal, 'hateful-or-threatening', 'high'],
  ['On devrait aller brûler leur bureau ce soir.', personal, 'hateful-or-threatening', 'high'],
  ['People like you deserve to be beaten.', official, 'hateful-or-threatening', 'high'],
  ['I will k.i.l.l you', personal, 'hateful-or-threatening', 'high'],
  ['c.o.n.f.i.d.e.n.t.i.a.l: staffing memo', personal, 'confidential', 'high'],
  ['A reporter called me about the ferry.', personal, 'authorization', 'info'],
  ['I was on CBC Radio this morning talking about the flood.', personal, 'authorization', 'info'],
  ['Talked to a journalist from the Halifax Examiner today about our project.', personal, 'authorization', 'info'],
  ["Une journaliste m'a appelée au sujet des inondations.", personal, 'authorization', 'info'],
];

const quiet: Array<[string, typeof personal]> = [
  ['The NDP released its health platform today; the other parties release theirs next week.', personal],
  ["There's a draft of my novel on my desk if you want to read it; it's not public yet.", personal],
  ['DM me your questions about the book club.', personal],
  ['Apply now to the Dalhousie MBA program, deadline is Friday!', personal],
];

test.each(fires)('%s → fires', (text, ctx, rule, severity) => {
  const f = evaluate(text, ctx, {}, { model: null }).filter((x) => x.rule === rule);
  expect(f.length).toBeGreaterThan(0);
  expect(f[0]!.severity).toBe(severity);
});

test.each(quiet)('%s → no finding', (text, ctx) => {
  expect(evaluate(text, ctx, {}, { model: null }).map((f) => f.rule)).toEqual([]);
});
