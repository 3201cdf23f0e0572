/**
 * The content script's wiring, shared by the three sites' scripts
 * (entrypoints/x.content.ts, facebook.content.ts, youtube.content.ts): the
 * site's adapters, the compose controller and the guidance UI. Each site's
 * script carries only its own adapters, so each page loads only the code it
 * runs (the content-script budget, docs/architecture.md). Everything runs
 * inside error boundaries and stops when the extension is updated or disabled
 * (ctx invalidated).
 */
import '@/components/guidance/guidance.css';
import '@/components/moderation/mark.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createController, type Send } from '@/lib/compose/controller';
import { isSettingsChange } from '@/lib/compose/settings-change';
import { isTabMessage } from '@/lib/messaging';
import type { SiteAdapter } from '@/lib/sites/types';
import { ActivityReporter } from '@/lib/activity/reporter';
import { uiLanguage } from '@/lib/i18n';
import { HOST_TAG, mountGuidance, shadowUi, useStylesheet } from './mount';
import { reminderShower } from './reminder';
import { breachShower } from './breach';
import { moderationLoader } from './moderation';

/**
 * Postwise on one page of a site: `adapters` are the site's (the first whose
 * address test accepts the page serves it); `name` is the script's, which
 * names its stylesheet (content-scripts/<name>.css).
 */
export function runContent(ctx: ContentScriptContext, name: string, adapters: readonly SiteAdapter[]): void {
  // YouTube live chat is a same-origin frame (/live_chat); other frames leave at once.
  if (window !== window.top && !/^\/live_chat(_replay)?\/?$/.test(location.pathname)) return;
  useStylesheet(`/content-scripts/${name}.css`);
  const adapterFor = (url: URL) => adapters.find((a) => a.matches(url)) ?? null;

  const reported = new Set<string>();
  const report = (where: string, error: unknown) => {
    // After an update the old script's messages fail: that is expected, not worth a word.
    if (!ctx.isValid || reported.has(where)) return;
    reported.add(where);
    console.warn(`Postwise: ${where} failed; guidance goes quiet there.`, error);
  };
  const send: Send = (request) =>
    ctx.isValid ? browser.runtime.sendMessage(request) : Promise.reject(new Error('Postwise was updated'));

  const policyUrl = (anchor: string) =>
    `${browser.runtime.getURL('/policy.html' as '/')}#${encodeURIComponent(anchor)}`;
  const onBreach = breachShower(ctx, policyUrl);
  const controller = createController({
    win: window,
    signal: ctx.signal,
    adapterFor,
    send,
    mount: (box) => mountGuidance(ctx, box),
    policyUrl,
    copy: (text) => navigator.clipboard.writeText(text),
    hostTag: HOST_TAG,
    report,
    // A real submit counts as a post for the work-hours reminders (rule-free, text-free).
    onPosted: (post) => reporter?.posted(post.surface),
    onBreach,
  });

  // Visible, focused time for the reminders and the private log: top frame only, so
  // YouTube's live chat frame does not count the same minutes twice.
  const site = adapterFor(new URL(location.href))?.site;
  const reporter =
    window === window.top && site
      ? new ActivityReporter({
          document,
          window,
          site,
          account: () => controller.account(),
          send: (m) => send(m),
          onReminder: reminderShower(ctx, site, () => uiLanguage(undefined, navigator.language), send),
        })
      : undefined;

  // Moderation assist: its code loads only for people with an official account on this site.
  const moderation =
    window === window.top && site && site !== 'other'
      ? moderationLoader({
          site,
          doc: document,
          send,
          shadowUi,
          onBreach,
          report,
          lang: (s) => uiLanguage(s.settings.language, navigator.language),
        })
      : null;
  const moderate = () => moderation?.check().catch((error: unknown) => report('moderation', error));

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    controller.navigated();
    moderation?.navigated();
  });
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (!isSettingsChange(changes, area)) return;
    void controller.settingsChanged();
    void moderate();
  };
  const onMessage = (message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
    if (!isTabMessage(message)) return undefined;
    // Only a frame with a box to offer answers (another frame may have the one in use).
    const answer = controller.insert(message.text);
    if (!answer) return undefined;
    answer.then(reply, (error: unknown) => reply({ ok: false, reason: String(error) }));
    return true; // answered asynchronously, the way every browser understands
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  try {
    controller.start();
    reporter?.start();
    void moderate();
    ctx.onInvalidated(() => {
      void reporter?.stop();
      moderation?.stop();
    });
  } catch (error) {
    report('start', error);
  }
}
