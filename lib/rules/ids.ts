/** Rule ids from ../shared/RULES.md. Stable: never rename or reuse one. */
export const RULE_IDS = [
  'partisan',
  'political-link',
  'criticizes-government',
  'disrespectful',
  'hateful-or-threatening',
  'personal-info',
  'confidential',
  'self-identify',
  'disclaimer',
  'authorization',
  'official-business',
  'government-email',
  'records',
  'work-hours',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
