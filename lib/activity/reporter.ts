/**
 * Reports how long a site's tab is visible and focused, for the work-hours
 * reminders and the private activity log. Runs in the content script; sends
 * `{type: 'activity', site, account, seconds, typing}` every 60 s of visible,
 * focused time (time across short visits adds up), when the person posts, and
 * when the page goes away. It never reads what is typed: an `input` event only
 * sets the `typing` flag.
 *
 *   const reporter = new ActivityReporter({
 *     document, window, site: 'x',
 *     account: () => currentAccount,            // 'personal' | 'official'
 *     send: (m) => browser.runtime.sendMessage(m),
 *     onReminder: (r) => showBanner(r),         // r: {message, quote}
 *   });
 *   reporter.start();
 *   // on submit: reporter.posted('reply');   on teardown (ctx.onInvalidated): reporter.stop();
 */
import type { ActivityRequest, Reminder, Responses } from '../messaging';
import type { Site, Surface } from '../types';

/** What the reporter needs from the page and the extension. */
export interface ActivityReporterOptions {
  document: Document;
  window: Window;
  site: Site;
  /** The account posting now; read at each report. */
  account: () => 'personal' | 'official';
  /** Sends to the background (browser.runtime.sendMessage). */
  send: (message: ActivityRequest) => Promise<unknown>;
  /** Called with the reminder the background asks the page to show. */
  onReminder?: (reminder: Reminder) => void;
  /** Milliseconds of visible, focused time per report (default 60,000). */
  intervalMs?: number;
  now?: () => number;
}

/** Counts visible, focused time on a page and reports it to the background. */
export class ActivityReporter {
  private readonly interval: number;
  private readonly now: () => number;
  /** When the current visible+focused stretch began, or null when not active. */
  private activeSince: number | null = null;
  /** Active milliseconds not yet reported. */
  private carried = 0;
  private typing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private readonly update = () => this.refresh();
  private readonly onInput = () => {
    this.typing = true;
  };
  private readonly onPageHide = () => void this.flush();

  constructor(private readonly options: ActivityReporterOptions) {
    this.interval = options.intervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Starts listening to visibility, focus and typing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const { document: doc, window: win } = this.options;
    doc.addEventListener('visibilitychange', this.update);
    win.addEventListener('focus', this.update);
    win.addEventListener('blur', this.update);
    win.addEventListener('pagehide', this.onPageHide);
    doc.addEventListener('input', this.onInput, true);
    this.refresh();
  }

  /** Stops listening and reports the seconds not yet reported. */
  async stop(): Promise<void> {
    if (!this.started) return;
    const { document: doc, window: win } = this.options;
    doc.removeEventListener('visibilitychange', this.update);
    win.removeEventListener('focus', this.update);
    win.removeEventListener('blur', this.update);
    win.removeEventListener('pagehide', this.onPageHide);
    doc.removeEventListener('input', this.onInput, true);
    await this.flush();
    this.started = false;
    this.pause();
  }

  /** The person just posted: report now, with the seconds so far. */
  posted(surface?: Surface): Promise<void> {
    this.collect();
    return this.report(true, surface);
  }

  /** Marks that the person typed (for editors that do not fire `input`). */
  noteTyping(): void {
    this.typing = true;
  }

  /** Visible and focused right now. */
  isActive(): boolean {
    const doc = this.options.document;
    return doc.visibilityState === 'visible' && doc.hasFocus();
  }

  private refresh(): void {
    const active = this.started && this.isActive();
    if (active && this.activeSince === null) {
      this.activeSince = this.now();
      this.schedule();
    } else if (!active && this.activeSince !== null) {
      this.pause();
    }
  }

  /** Moves the running stretch into `carried`. */
  private collect(): void {
    if (this.activeSince === null) return;
    const t = this.now();
    // A stretch longer than one interval means the timer was held up (the computer slept): count one interval.
    this.carried += Math.min(Math.max(0, t - this.activeSince), this.interval);
    this.activeSince = t;
  }

  private pause(): void {
    this.collect();
    this.activeSince = null;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), Math.max(0, this.interval - this.carried));
  }

  private tick(): void {
    this.timer = undefined;
    this.collect();
    if (this.carried >= this.interval) void this.report(false);
    if (this.activeSince !== null) this.schedule();
  }

  private flush(): Promise<void> {
    this.collect();
    return this.report(false);
  }

  private async report(posted: boolean, surface?: Surface): Promise<void> {
    const seconds = Math.round(this.carried / 1000);
    if (seconds === 0 && !posted) return;
    this.carried = 0;
    const message: ActivityRequest = {
      type: 'activity',
      site: this.options.site,
      account: this.options.account(),
      seconds,
      typing: this.typing,
      ...(posted ? { posted: true } : {}),
      ...(posted && surface ? { surface } : {}),
    };
    this.typing = false;
    try {
      const answer = (await this.options.send(message)) as Responses['activity'] | undefined;
      if (answer?.reminder) this.options.onReminder?.(answer.reminder);
    } catch {
      // The extension was reloaded or the background is busy: the next report tries again.
    }
  }
}
