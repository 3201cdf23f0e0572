/**
 * The policy's sections as the rules cite them: heading, anchor in the bundled
 * policy page, and a French rendering of the heading. Which section and words
 * each rule cites is in its entry of lib/rules/ids.ts.
 */
import type { PolicyRef } from '../types';
import { RULE_CATALOGUE, type RuleId } from './ids';

export const SECTIONS = {
  directives: { section: 'Policy Directives', sectionFr: 'Directives de la politique', anchor: 'policy-directives' },
  professionalism: { section: 'Professionalism', sectionFr: 'Professionnalisme', anchor: 'professionalism' },
  confidentiality: { section: 'Confidentiality', sectionFr: 'Confidentialité', anchor: 'confidentiality' },
  selfIdentification: { section: 'Self-identification', sectionFr: 'Identification', anchor: 'self-identification' },
  authorization: { section: 'Authorization', sectionFr: 'Autorisation', anchor: 'authorization' },
  records: { section: 'Records management', sectionFr: 'Gestion des documents', anchor: 'records-management' },
  duringWork: { section: 'During work hours', sectionFr: 'Pendant les heures de travail', anchor: 'during-work-hours' },
  outsideWork: {
    section: 'Outside of work hours',
    sectionFr: 'En dehors des heures de travail',
    anchor: 'outside-of-work-hours',
  },
  compliance: { section: 'Compliance', sectionFr: 'Conformité', anchor: 'compliance' },
  moderated: { section: 'Definitions: Moderated', sectionFr: 'Définitions : modération', anchor: 'definitions' },
} as const;

/** What a rule cites: its section and the policy's words, in English and French. */
export function citation(id: RuleId): PolicyRef & { sectionFr: string; quoteFr: string } {
  const { section, quote } = RULE_CATALOGUE[id];
  return { ...SECTIONS[section], quote: quote.en, quoteFr: quote.fr };
}
