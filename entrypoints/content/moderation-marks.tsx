/**
 * The marks' DOM, as cheap as a mark can be, for the moderation chunk (./moderation-page.tsx):
 * - each mark's shadow root adopts one stylesheet shared by every mark, parsed once
 *   (components/moderation/mark.css); where a browser cannot (a content script's own array may
 *   not reach the page's shadow root), the mark links the content script's stylesheet instead;
 * - what a mark shows at first (one line: the concern, Why and Dismiss) is drawn by Preact once
 *   per kind of mark (language and reasons), and each mark like it is a copy of that DOM;
 * - Preact takes over a mark (hydrates the copy, which is what it would have drawn) the first
 *   time the moderator clicks in it, and handles that click; from then on it is Preact's.
 * The line costs a mark a clone and one listener, not a render: a thousand comments loading do
 * not draw fifty Preact trees.
 */
import { hydrate, render, type VNode } from 'preact';
import { ModerationMark } from '@/components/moderation/ModerationMark';
import markCss from '@/components/moderation/mark.css?inline';
import { moderationAdvice } from '@/lib/moderation/advice';
import { MARK_TAG, type MarkActions, type MarkUi } from '@/lib/moderation/scan';
import type { ModerationReason } from '@/lib/moderation/types';
import type { Lang } from '@/lib/types';
import type { ModerationPageDeps } from './moderation-types';

export interface MarksDeps {
  doc: Document;
  site: ModerationPageDeps['site'];
  /** The language marks are drawn in now. */
  lang(): Lang;
  /** mount.tsx's shadow root maker (the content script's stylesheet linked inside): the fallback. */
  shadowUi: ModerationPageDeps['shadowUi'];
}

/** A maker of marks: each call, one mark not yet in the page. */
export function markMaker({ doc, site, lang, shadowUi }: MarksDeps): () => MarkUi {
  let sheet: CSSStyleSheet | null | undefined;
  /** A host whose shadow root adopts the shared sheet, or null where the browser cannot. */
  const adopting = () => {
    if (sheet === null) return null;
    const host = doc.createElement(MARK_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    try {
      if (!sheet) {
        sheet = new doc.defaultView!.CSSStyleSheet();
        sheet.replaceSync(markCss);
      }
      shadow.adoptedStyleSheets = [sheet];
      // Checked once: where the array does not reach the page (Firefox's Xrays), it stays empty.
      if (shadow.adoptedStyleSheets.length !== 1) throw new Error('not adopted');
    } catch {
      sheet = null;
      return null;
    }
    const container = doc.createElement('div');
    // keydown/keyup/keypress stop at our shadow root: site shortcuts never see them.
    for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(container);
    return { host, container };
  };

  const view = (reasons: ModerationReason[], actions: MarkActions): VNode => (
    <ModerationMark
      lang={lang()}
      advice={moderationAdvice(reasons, site, lang())}
      onDismiss={actions.dismiss}
      onBreach={actions.breach}
    />
  );

  /** What a kind of mark shows at first, drawn once by Preact (in a detached element). */
  const lines = new Map<string, Node>();
  const lineOf = (kind: string, reasons: ModerationReason[]): Node => {
    let line = lines.get(kind);
    if (!line) {
      const scratch = doc.createElement('div');
      const none = () => undefined;
      render(view(reasons, { dismiss: none, breach: none }), scratch);
      line = scratch.firstChild!.cloneNode(true);
      render(null, scratch);
      lines.set(kind, line);
    }
    return line;
  };

  return () => {
    const { host, container } = adopting() ?? shadowUi(doc, MARK_TAG);
    let shown: { reasons: ModerationReason[]; actions: MarkActions; kind: string } | null = null;
    let live = false;
    /** The first click: Preact takes over the copy, then handles the click itself. */
    const takeOver = (event: Event) => {
      if (!shown || live) return;
      const button = (event.target as Element | null)?.closest?.('button');
      if (!button) return;
      container.removeEventListener('click', takeOver);
      live = true;
      hydrate(view(shown.reasons, shown.actions), container);
      event.stopPropagation();
      button.click();
    };
    return {
      host,
      render(reasons, actions) {
        const kind = `${lang()} ${reasons.join(' ')}`;
        const same = shown?.kind === kind;
        shown = { reasons, actions, kind };
        if (live) return void render(view(reasons, actions), container);
        if (same) return;
        container.replaceChildren(lineOf(kind, reasons).cloneNode(true));
        container.addEventListener('click', takeOver);
      },
      remove() {
        if (live) render(null, container);
        container.removeEventListener('click', takeOver);
        host.remove();
      },
    };
  };
}
