/**
 * The person to ask before posting about work: the department's
 * communications contact when a name or title is set (as the engine decides),
 * otherwise Communications Nova Scotia, from the policy's Enquiries block.
 */
import type { Lang } from '../types';
import { FALLBACK_CONTACT, type Settings } from './schema';

/** A contact as the popup shows it. */
export interface Contact {
  name: string;
  title: string;
  phone: string;
  email: string;
  /** True when it came from the settings; false for the policy's fallback. */
  configured: boolean;
}

const FALLBACK_FR = {
  name: 'Communications Nouvelle-Écosse',
  title: 'Directeur, Politiques et services ministériels',
};

/** The contact to show, in the reader's language for the fallback. */
export function effectiveContact(settings: Pick<Settings, 'commsContact'>, lang: Lang): Contact {
  const c = settings.commsContact;
  if (c.name || c.title) return { ...c, configured: true };
  return { ...FALLBACK_CONTACT, ...(lang === 'fr' ? FALLBACK_FR : {}), configured: false };
}

/** The department's privacy officer, when any of its fields is set; null means "your manager". */
export function privacyContact(settings: Pick<Settings, 'privacyContact'>): Contact | null {
  const c = settings.privacyContact;
  return c.name || c.title || c.phone || c.email ? { ...c, configured: true } : null;
}
