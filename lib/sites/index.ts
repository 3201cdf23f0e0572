/**
 * Registry of site adapters. Each adapter is pure DOM code; the content
 * scripts pick one with `adapterFor(new URL(location.href))`.
 */
import { businessSuiteAdapter, facebookAdapter } from './facebook';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type { ComposeBox, Identity, SiteAdapter } from './types';
export { readEditableText } from './text';
export { businessSuiteAdapter, facebookAdapter, xAdapter, youtubeAdapter };

/** Every adapter: one per site, and Meta Business Suite's (Facebook Pages). */
export const ADAPTERS: readonly SiteAdapter[] = Object.freeze([
  xAdapter,
  facebookAdapter,
  youtubeAdapter,
  businessSuiteAdapter,
]);

/** The adapter whose host/path test accepts `url`, or null (e.g. Messenger, other sites). */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
