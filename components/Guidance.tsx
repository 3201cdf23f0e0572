/**
 * The guidance beside one compose box, rendered in Postwise's shadow root: a
 * badge (only when there is something to review), the panel it opens, the
 * review prompt, and a live region that announces new high findings. All
 * state comes in through `view`; everything the person does goes out through
 * `actions`. A rendering error hides the guidance instead of breaking the page.
 */
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pick } from '@/lib/i18n';
import type { GuidanceActions, GuidanceView } from '@/lib/compose/view';
import { Badge } from './guidance/Badge';
import { Panel } from './guidance/Panel';
import { ReviewPrompt } from './guidance/ReviewPrompt';
import { STRINGS, type Translate } from './guidance/strings';

export interface GuidanceProps {
  view: GuidanceView;
  actions: GuidanceActions;
  /** Moves focus back to the compose box (Escape when there is no badge to return to). */
  focusEditor?(): void;
}

const PANEL_ID = 'pw-panel';

/** The text for the live region: high items that were not there at the previous render. */
function useAnnouncement(view: GuidanceView, t: Translate): string {
  const seen = useRef<Set<string>>(new Set());
  const last = useRef('');
  return useMemo(() => {
    const high = view.items.filter((i) => i.severity === 'high');
    const fresh = high.filter((i) => !seen.current.has(i.key));
    seen.current = new Set(high.map((i) => i.key));
    if (fresh.length) last.current = fresh.map((i) => t('announce', { message: i.message })).join(' ');
    else if (!high.length) last.current = '';
    return last.current;
  }, [view.items]);
}

function GuidanceInner({ view, actions, focusEditor }: GuidanceProps) {
  const t = pick(STRINGS, view.lang);
  const [open, setOpen] = useState(false);
  const [up, setUp] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const announcement = useAnnouncement(view, t);
  const hasItems = view.items.length > 0;
  const panelOpen = open && (hasItems || view.notice !== null);

  /** Opens upwards when there is more room above (e.g. live chat at the bottom of its frame). */
  const place = () => {
    const el = rootRef.current;
    const height = el?.ownerDocument.defaultView?.innerHeight ?? 0;
    const r = el?.getBoundingClientRect();
    setUp(!!r && height - r.bottom < 320 && r.top > height - r.bottom);
  };
  useEffect(() => {
    if (panelOpen) panelRef.current?.focus();
  }, [panelOpen]);
  useEffect(() => {
    if (view.review) place();
  }, [view.review !== null]);
  useEffect(() => {
    // After a fix the item (and its button) may be gone: keep focus in the panel, on the outcome.
    if (view.notice && panelOpen) noticeRef.current?.focus();
  }, [view.notice]);

  const close = () => {
    setOpen(false);
    if (badgeRef.current) badgeRef.current.focus();
    else focusEditor?.();
    if (view.notice) actions.dismissNotice();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && panelOpen && !view.review) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div ref={rootRef} class={up ? 'root up' : 'root'} onKeyDown={onKeyDown}>
      {hasItems && view.severity !== 'none' && (
        <Badge
          buttonRef={badgeRef}
          severity={view.severity}
          count={view.items.length}
          open={panelOpen}
          panelId={PANEL_ID}
          label={t('badge', { count: view.items.length, severity: t(view.severity) })}
          onToggle={() => {
            if (panelOpen) return close();
            place();
            setOpen(true);
          }}
        />
      )}
      {panelOpen && !view.review && (
        <Panel
          id={PANEL_ID}
          view={view}
          actions={actions}
          t={t}
          onClose={close}
          panelRef={panelRef}
          noticeRef={noticeRef}
        />
      )}
      {view.review && (
        <ReviewPrompt
          id="pw-review"
          items={view.review.items}
          t={t}
          onEdit={actions.reviewEdit}
          onPostAnyway={actions.reviewPostAnyway}
        />
      )}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

/** Renders nothing after an error, so a failure goes quiet. */
class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    console.warn('Postwise: the guidance failed to render', error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The guidance for one compose box, inside an error boundary. */
export function Guidance(props: GuidanceProps) {
  return (
    <Boundary>
      <GuidanceInner {...props} />
    </Boundary>
  );
}
