/**
 * The registry: every rule of RULES.md, by id. A Record over RuleId, so a rule
 * missing here is a type error, and the order of RULE_IDS is the order of
 * evaluation.
 */
import type { RuleId } from './ids';
import { RULE_IDS } from './ids';
import type { RuleDefinition } from './types';
import partisan from './partisan';
import politicalLink from './political-link';
import criticizesGovernment from './criticizes-government';
import disrespectful from './disrespectful';
import hatefulOrThreatening from './hateful-or-threatening';
import personalInfo from './personal-info';
import confidential from './confidential';
import selfIdentify from './self-identify';
import disclaimer from './disclaimer';
import authorization from './authorization';
import officialBusiness from './official-business';
import governmentEmail from './government-email';
import records from './records';
import workHours from './work-hours';

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = Object.freeze({
  partisan,
  'political-link': politicalLink,
  'criticizes-government': criticizesGovernment,
  disrespectful,
  'hateful-or-threatening': hatefulOrThreatening,
  'personal-info': personalInfo,
  confidential,
  'self-identify': selfIdentify,
  disclaimer,
  authorization,
  'official-business': officialBusiness,
  'government-email': governmentEmail,
  records,
  'work-hours': workHours,
});

export const RULE_LIST: readonly RuleDefinition[] = RULE_IDS.map((id) => RULES[id]);
export { RULE_IDS, type RuleId };
