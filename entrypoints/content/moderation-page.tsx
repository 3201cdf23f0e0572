/**
 * Moderation assist in a page, as the moderation chunk runs it (entrypoints/moderation.ts): the
 * site's comment finders, the scanner, and a mark in a shadow root after each comment the
 * background's judge flags. Loaded only when the person has an official account on the site
 * and moderation assist is on (./moderation.ts); each post is then decided on its own.
 * The marks themselves are ./moderation-marks.tsx: a copy of one drawing per kind of mark, one
 * stylesheet for all.
 */
import { createScanner, type Scanner } from '@/lib/moderation/scan';
import { COMMENT_SITES, moderatedBy } from '@/lib/moderation/sites';
import { markMaker } from './moderation-marks';
import type { ModerationPage, ModerationPageDeps } from './moderation-types';

export function startModerationPage(deps: ModerationPageDeps): ModerationPage {
  const { site, doc, send, report } = deps;
  let { settings, lang } = deps;

  const breach = () => {
    send({ type: 'breach-card', origin: 'moderation', site, account: 'official', surface: 'comment', lang })
      .then((answer) => answer?.card && deps.onBreach(answer.card))
      .catch((error: unknown) => report('breach-card', error));
  };

  const mark = markMaker({ doc, site, lang: () => lang, shadowUi: deps.shadowUi });

  const scanner: Scanner = createScanner({
    doc,
    site: COMMENT_SITES[site],
    send,
    moderated: (owner, viewer) =>
      settings.settings.moderation !== 'off' &&
      moderatedBy(site, owner, viewer, settings.settings, settings.accountChoices),
    mark,
    breach,
    report,
  });
  void scanner.start();

  return {
    update(next, nextLang) {
      settings = next;
      lang = nextLang;
      scanner.rescan();
    },
    navigated: () => scanner.rescan(),
    stop: () => scanner.stop(),
  };
}
