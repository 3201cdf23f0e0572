/**
 * Shows the work-hours reminder the background asks for, in its own shadow
 * root in a corner of the page; "Snooze for today" tells the background.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReminderBanner } from '@/components/guidance/ReminderBanner';
import type { Reminder, Request } from '@/lib/messaging';
import type { Lang, Site } from '@/lib/types';

const CSS_PATH = '/content-scripts/content.css';

export function reminderShower(
  ctx: ContentScriptContext,
  site: Site,
  lang: () => Lang,
  send: (r: Request) => Promise<unknown>,
) {
  let host: HTMLElement | undefined;
  const close = () => {
    host?.remove();
    host = undefined;
  };
  ctx.onInvalidated(close);
  return (reminder: Reminder) => {
    close();
    host = document.createElement('postwise-reminder');
    const shadow = host.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = browser.runtime.getURL(CSS_PATH as '/');
    const container = document.createElement('div');
    for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(link, container);
    document.documentElement.append(host);
    render(
      <ReminderBanner
        reminder={reminder}
        lang={lang()}
        onClose={close}
        onSnooze={() => {
          void send({ type: 'snooze-reminder', site }).catch(() => undefined);
          close();
        }}
      />,
      container,
    );
  };
}
