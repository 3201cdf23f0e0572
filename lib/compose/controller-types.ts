/** What the page controller (controller.ts) needs from the page and the browser, and what it offers. */
import type { BreachCard } from '../breach/card';
import type { TabResponses } from '../messaging';
import type { ComposeBox, SiteAdapter } from '../sites/types';
import type { Site, Surface } from '../types';
import type { GuidanceUi, Send } from './box';

export interface ControllerDeps {
  win: Window;
  /** Aborted when the content script is invalidated (extension updated or disabled). */
  signal: AbortSignal;
  adapterFor(url: URL): SiteAdapter | null;
  send: Send;
  mount(box: ComposeBox): Promise<GuidanceUi>;
  policyUrl(anchor: string): string;
  copy(text: string): Promise<void>;
  /** The tag name of the UI's host element, to ignore our own nodes. */
  hostTag: string;
  debounceMs?: number;
  report(where: string, error: unknown): void;
  /** Schedules the watcher's batched pass (tests); default requestAnimationFrame. */
  schedule?(callback: () => void): void;
  /** A submit went through (untouched, or after review): for the activity reporter's posts made. */
  onPosted?(post: { site: Site; surface: Surface; account: 'personal' | 'official' }): void;
  /**
   * The background answered a log event with the privacy-breach card ("Post anyway" on a draft
   * with a high personal-information finding): show it.
   */
  onBreach?(card: BreachCard): void;
}

export interface Controller {
  /** Loads the settings and starts watching the page. */
  start(): void;
  /** The page navigated without reloading: pick the adapter again and rescan. */
  navigated(): void;
  /** Settings or account choices changed (storage.onChanged): reload and re-evaluate. */
  settingsChanged(): Promise<void>;
  /**
   * Inserts `text` (a disclaimer from the popup) as a new paragraph at the end
   * of the last-used box, through the same pathway as fixes. Undefined when
   * this frame has no box to offer (another frame may answer).
   */
  insert(text: string): Promise<TabResponses['postwise:insert']> | undefined;
  /** The compose boxes followed. */
  readonly boxes: number;
  /** The account of the box in use (personal when none): for the activity reporter. */
  account(): 'personal' | 'official';
  /** Runs the watcher's pending pass now (tests). */
  flush(): void;
  dispose(): void;
}
