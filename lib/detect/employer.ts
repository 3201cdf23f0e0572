/**
 * The employer and its departments, offices and provincial workplaces as
 * lexicon entries (categories dept, employer, workplace), from
 * lib/data/departments.json and a manager's extraDepartments.
 */
import departmentsData from '../data/departments.json';
import type { LexEntry } from './lexicon';
import { fold } from './tokens';

const FRAMES = departmentsData.frames;

/** Departments, offices, the employer and provincial workplaces. */
export function employerEntries(extraDepartments: readonly string[] = []): LexEntry[] {
  const out: LexEntry[] = [];
  const dept = (phrase: string, data?: unknown) => out.push({ category: 'dept', phrase, data });
  for (const d of departmentsData.departments) {
    for (const name of d.names.map(fold)) {
      for (const frame of FRAMES.en) dept(`${frame} ${name}`);
      // "NS Environment", "Health department": only as a name, written with capitals,
      // since "Nova Scotia seniors" or "the health department" of a town are not the Province's.
      for (const framed of FRAMES.titled) dept(framed.replace('{name}', name), { titled: true });
    }
    for (const name of (d.namesFr ?? []).map(fold)) {
      for (const frame of FRAMES.fr) dept(`${frame} ${name}`);
    }
    for (const p of d.proper ?? []) dept(fold(p));
    for (const s of d.short) dept(fold(s), { upper: true });
  }
  for (const x of extraDepartments) if (fold(x)) dept(fold(x));
  for (const list of [departmentsData.employer.en, departmentsData.employer.fr]) {
    for (const e of list) out.push({ category: 'employer', phrase: fold(e) });
  }
  for (const list of [departmentsData.workplaces.en, departmentsData.workplaces.fr]) {
    for (const w of list) out.push({ category: 'workplace', phrase: fold(w) });
  }
  return out;
}
