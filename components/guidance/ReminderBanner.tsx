/**
 * The gentle work-hours reminder, shown once in a while in the page: the
 * policy's words, "Snooze for today", and a way to close it. It never blocks
 * anything and never covers the compose box (it sits in a corner).
 */
import type { Reminder } from '@/lib/messaging';
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';

const STRINGS: Strings<'label' | 'snooze' | 'close' | 'policy'> = {
  en: { label: 'Postwise reminder', snooze: 'Snooze for today', close: 'Close', policy: 'The policy says' },
  fr: {
    label: 'Rappel de Postwise',
    snooze: "Plus de rappel aujourd'hui",
    close: 'Fermer',
    policy: 'La politique dit',
  },
};

export interface ReminderBannerProps {
  reminder: Reminder;
  lang: Lang;
  onSnooze: () => void;
  onClose: () => void;
}

export function ReminderBanner({ reminder, lang, onSnooze, onClose }: ReminderBannerProps) {
  const t = pick(STRINGS, lang);
  return (
    <section class="pw-reminder" role="status" aria-label={t('label')}>
      <p class="pw-reminder-message">{reminder.message}</p>
      <blockquote class="pw-reminder-quote" aria-label={t('policy')}>
        {reminder.quote}
      </blockquote>
      <div class="pw-reminder-actions">
        <button type="button" onClick={onSnooze}>
          {t('snooze')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </section>
  );
}
