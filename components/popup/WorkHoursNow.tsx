/** Whether it is work hours now, with the holiday's name on a holiday. */
import { workTimeStatus, type WorkHours } from '@/lib/worktime';
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';

const STRINGS: Strings<'inside' | 'outside' | 'dayOff' | 'holiday' | 'invalid' | 'note'> = {
  en: {
    inside: 'Work hours now ({start}–{end}).',
    outside: 'Outside work hours ({start}–{end}).',
    dayOff: 'Not a work day.',
    holiday: 'Holiday today: {name}.',
    invalid: 'Work hours are not set correctly.',
    note: 'Personal social media should not interfere with your work.',
  },
  fr: {
    inside: 'Heures de travail en ce moment ({start}–{end}).',
    outside: 'En dehors des heures de travail ({start}–{end}).',
    dayOff: 'Jour non travaillé.',
    holiday: 'Jour férié aujourd’hui : {name}.',
    invalid: 'Les heures de travail ne sont pas réglées correctement.',
    note: 'L’utilisation personnelle des médias sociaux ne doit pas nuire à votre travail.',
  },
};

/** One line about now; `now` is for tests. */
export function WorkHoursNow({ workHours, lang, now }: { workHours: WorkHours; lang: Lang; now?: Date }) {
  const t = pick(STRINGS, lang);
  const status = workTimeStatus(now ?? new Date(), workHours);
  const values = { start: workHours.start, end: workHours.end };
  const line =
    status.reason === 'inside'
      ? t('inside', values)
      : status.reason === 'holiday'
        ? t('holiday', { name: status.holiday?.name[lang] ?? '' })
        : status.reason === 'day-off'
          ? t('dayOff')
          : status.reason === 'invalid'
            ? t('invalid')
            : t('outside', values);
  return (
    <p data-testid="work-hours">
      {line} {status.inside && <span class="muted">{t('note')}</span>}
    </p>
  );
}
