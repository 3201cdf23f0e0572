/**
 * The dashboard's moderation summary, beside the activity charts: how many comments on official
 * accounts' pages Postwise marked for moderation in the period, by reason and by day. Counts
 * only: the log never holds a comment's text or its author. Nothing when none was marked.
 */
import type { DashboardData } from '@/lib/log/dashboard';
import { pick, type Strings } from '@/lib/i18n';
import { reasonTitle } from '@/lib/moderation/advice';
import type { Lang } from '@/lib/types';
import { BarList, ChartFigure, ColumnChart, SrTable } from './charts';

const STRINGS: Strings<'title' | 'caption' | 'daysTitle' | 'daysCaption' | 'reason' | 'comments' | 'day' | 'max'> = {
  en: {
    title: 'Comments marked for moderation',
    caption: '{total} comments on official accounts’ pages in the last four weeks ({work} in work hours), by reason',
    daysTitle: 'Comments marked per day',
    daysCaption: 'Counts only: never a comment’s text or its author',
    reason: 'Reason',
    comments: 'Comments',
    day: 'Day',
    max: 'max {value}',
  },
  fr: {
    title: 'Commentaires signalés pour modération',
    caption:
      '{total} commentaires sur les pages des comptes officiels ces quatre dernières semaines ({work} pendant les heures de travail), par motif',
    daysTitle: 'Commentaires signalés par jour',
    daysCaption: 'Des totaux seulement : jamais le texte d’un commentaire ni son auteur',
    reason: 'Motif',
    comments: 'Commentaires',
    day: 'Jour',
    max: 'max. {value}',
  },
};

/** Nothing when no comment was marked in the period. */
export function ModerationSummary({
  data,
  lang,
  dayLabel,
}: {
  data: DashboardData;
  lang: Lang;
  /** 'YYYY-MM-DD' as the dashboard writes a day (short, or long with the weekday). */
  dayLabel: (day: string, long?: boolean) => string;
}) {
  const m = data.moderation;
  if (!m?.total) return null;
  const t = pick(STRINGS, lang);
  const reasons = m.reasons.map((r) => ({ label: reasonTitle(r.reason, lang), value: r.count }));
  return (
    <div class="pw-charts" data-testid="moderation-summary">
      <ChartFigure
        title={t('title')}
        caption={t('caption', { total: m.total, work: m.inWorkHours })}
        chart={<BarList rows={reasons} />}
        table={
          <SrTable
            caption={t('title')}
            head={[t('reason'), t('comments')]}
            rows={reasons.map((r) => [r.label, r.value])}
          />
        }
      />
      <ChartFigure
        title={t('daysTitle')}
        caption={t('daysCaption')}
        chart={
          <ColumnChart
            columns={m.days.map((d) => ({
              label: dayLabel(d.day),
              value: d.count,
              title: `${dayLabel(d.day, true)}: ${d.count}`,
            }))}
            maxLabel={(max) => t('max', { value: max })}
          />
        }
        table={
          <SrTable
            caption={t('daysTitle')}
            head={[t('day'), t('comments')]}
            rows={m.days.filter((d) => d.count > 0).map((d) => [dayLabel(d.day, true), d.count])}
          />
        }
      />
    </div>
  );
}
