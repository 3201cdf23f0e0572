/** What the personal-information detector finds, and the options it reads. */
import government from '../../data/government.json';

export type PiiKind =
  'phone' | 'email' | 'sin' | 'health-card' | 'address' | 'postal-code' | 'date-of-birth' | 'case-number';

export interface PiiMatch {
  kind: PiiKind;
  /** UTF-16 offsets into the original text (norm.source). */
  start: number;
  end: number;
  /** true when it is an organisation's line or inbox, not a person's: the engine will not flag it as personal-info */
  organisational: boolean;
  /** for emails: the domain (lowercase) */
  domain?: string;
  /** for emails at a government domain (or a subdomain of one): true */
  government?: boolean;
  /** true when the writer gives their own details ("text me at", "my number", "email me") — the engine words its message gently */
  own: boolean;
}

export interface PiiOptions {
  /** Matched as the domain itself and every subdomain. */
  governmentDomains: string[];
  /** Organisational phone numbers a manager lists (any format; compared by digits, a leading 1 ignored). */
  publishedNumbers: string[];
  /**
   * On a personal account a bare "our"/"us"/"we"/"notre"/"nous" is the
   * writer's household, not an organisation, so it is not an organisational cue
   * there (explicit phrases like "call us", "our office" still are).
   */
  account: 'personal' | 'official' | 'unknown';
}

export const DEFAULT_PII_OPTIONS: Readonly<PiiOptions> = Object.freeze({
  governmentDomains: government.emailDomains,
  publishedNumbers: [],
  account: 'unknown',
});
