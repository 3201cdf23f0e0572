/**
 * Mounts the guidance for one compose box in a shadow root, right after the
 * box's anchor, so it sits beside the box and inside the same dialog
 * (keyboard focus stays within the site's modal).
 *
 * This does what WXT's createShadowRootUi does for us (open shadow root on a
 * custom element, the `cssInjectionMode: 'ui'` stylesheet inside it only,
 * keyboard events kept from the page, removal when the context is
 * invalidated) in a few lines: createShadowRootUi brings about 6 KB of
 * dependencies (auto-mount watchers, a config merger) that the content
 * script's 60 KB budget cannot spare. The stylesheet is linked, not fetched.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Guidance } from '@/components/Guidance';
import type { GuidanceUi } from '@/lib/compose/controller';
import type { ComposeBox } from '@/lib/sites/types';

/** The host element's tag: part of the black-box contract. */
export const HOST_TAG = 'postwise-guidance';

/** The stylesheet WXT builds from the site's script's CSS imports (web-accessible in 'ui' mode). */
let stylesheet = '/content-scripts/x.css';

/** Names this script's stylesheet (content-scripts/<script>.css), before any UI is shown. */
export function useStylesheet(path: string): void {
  stylesheet = path;
}

/** A `tag` element with an open shadow root holding the stylesheet and a container to render into. */
export function shadowUi(doc: Document, tag: string) {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = browser.runtime.getURL(stylesheet as '/');
  const container = doc.createElement('div');
  // keydown/keyup/keypress stop at our shadow root: site shortcuts never see them.
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(link, container);
  return { host, link, container };
}

export async function mountGuidance(ctx: ContentScriptContext, box: ComposeBox): Promise<GuidanceUi> {
  const { host, link, container } = shadowUi(box.anchor.ownerDocument, HOST_TAG);
  // Unstyled until the sheet is in: shown only once it loaded (or failed).
  const loaded = new Promise((resolve) => {
    link.onload = link.onerror = resolve;
  });
  box.anchor.after(host);
  await loaded;

  const remove = () => {
    render(null, container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return {
    host,
    render(view, actions, focusEditor) {
      render(<Guidance view={view} actions={actions} focusEditor={focusEditor} />, container);
    },
    remove,
  };
}
