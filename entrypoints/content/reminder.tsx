/**
 * Shows the work-hours reminder the background asks for, in its own shadow
 * root in a corner of the page; "Snooze for today" tells the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReminderBanner } from '@/components/guidance/ReminderBanner';
import type { Reminder, Request } from '@/lib/messaging';
import type { Lang, Site } from '@/lib/types';
import { corner } from './corner';

export function reminderShower(
  ctx: ContentScriptContext,
  site: Site,
  lang: () => Lang,
  send: (r: Request) => Promise<unknown>,
) {
  const card = corner(ctx, 'postwise-reminder');
  return (reminder: Reminder) =>
    card.show(
      <ReminderBanner
        reminder={reminder}
        lang={lang()}
        onClose={card.close}
        onSnooze={() => {
          void send({ type: 'snooze-reminder', site }).catch(() => undefined);
          card.close();
        }}
      />,
    );
}
