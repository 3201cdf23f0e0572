/**
 * A card in a corner of the page (the work-hours reminder, the privacy-breach
 * card): its own shadow root (mount.tsx's `shadowUi`), one card at a time per
 * kind, gone when the extension is updated.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shadowUi } from './mount';

/** Shows and closes the card of one kind, in a `tag` element at the end of the document. */
export function corner(ctx: ContentScriptContext, tag: string) {
  let host: HTMLElement | undefined;
  const close = () => {
    host?.remove();
    host = undefined;
  };
  ctx.onInvalidated(close);
  return {
    close,
    show(card: VNode) {
      close();
      const ui = shadowUi(document, tag);
      host = ui.host;
      document.documentElement.append(host);
      render(card, ui.container);
    },
  };
}
