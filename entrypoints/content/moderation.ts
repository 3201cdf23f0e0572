/**
 * Loads moderation assist only where it can be needed, so the site's content script stays small
 * (its 60 KB budget, docs/architecture.md): when moderation assist is on and the person has an
 * official account on this site (the manager's `officialAccounts`, or their own choice), the
 * moderation chunk (entrypoints/moderation.ts, `/moderation.js`, web-accessible on the three
 * sites only) is imported once, in this content script's own world, and decides post by post.
 */
import { browser } from 'wxt/browser';
import type { Responses } from '@/lib/messaging';
import { CHUNK_GLOBAL, type ModerationPage, type ModerationPageDeps, type ModerationStart } from './moderation-types';

type LoaderDeps = Omit<ModerationPageDeps, 'settings' | 'lang'> & {
  lang(s: Responses['settings']): ModerationPageDeps['lang'];
};

export function moderationLoader(deps: LoaderDeps) {
  let page: ModerationPage | null = null;
  const wanted = ({ settings: s, accountChoices }: Responses['settings']) =>
    s.moderation !== 'off' &&
    (s.officialAccounts.some((o) => o.site === deps.site) || accountChoices[deps.site] === 'official');

  return {
    /** Loads, updates or stops moderation assist after the settings (at start and on change). */
    async check(): Promise<void> {
      const settings = await deps.send({ type: 'settings' });
      if (!settings?.settings) return;
      if (!wanted(settings)) {
        page?.stop();
        page = null;
      } else if (page) page.update(settings, deps.lang(settings));
      else {
        await import(/* @vite-ignore */ browser.runtime.getURL('/moderation.js'));
        const start = (globalThis as unknown as Record<string, ModerationStart | undefined>)[CHUNK_GLOBAL];
        page = start?.({ ...deps, settings, lang: deps.lang(settings) }) ?? null;
      }
    },
    navigated: () => page?.navigated(),
    stop: () => page?.stop(),
  };
}
