/**
 * The dashboard's charts, drawn from the background's summary: minutes of
 * personal social media in work hours per day, guidance by rule, what
 * happened after the guidance, and (when there is any) the comments marked for
 * moderation. Each has a table for screen readers.
 */
import type { DashboardData } from '@/lib/log/dashboard';
import { pick } from '@/lib/i18n';
import type { Lang } from '@/lib/types';
import { BarList, ChartFigure, ColumnChart, SrTable } from './charts';
import { RULE_CATALOGUE } from '@/lib/rules/ids';
import { STRINGS } from './strings';
import { ModerationSummary } from './ModerationSummary';

const formats = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' as a short date in the reader's language (computed in UTC: it is a calendar date). */
export function shortDate(day: string, lang: Lang, long = false): string {
  const key = `${lang}${long}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      ...(long ? { weekday: 'short' as const } : {}),
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f.format(new Date(`${day}T12:00:00Z`));
}

/** The three charts and their tables, from the background's summary. */
export function ActivityCharts({ data, lang }: { data: DashboardData; lang: Lang }) {
  const t = pick(STRINGS, lang);
  const num = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const o = data.outcomes;
  const outcomes = [
    { label: t('guidance'), value: o.guidance },
    { label: t('edited'), value: o.edited, tone: 'good' as const },
    { label: t('fixed'), value: o.fixed, tone: 'good' as const },
    { label: t('postedAnyway'), value: o.postedAnyway, tone: 'warn' as const },
    { label: t('posts'), value: o.posts },
  ];
  const rules = data.rules.map((r) => ({ label: RULE_CATALOGUE[r.rule]?.short[lang] ?? r.rule, value: r.count }));
  const caption = t('minutesCaption', { from: shortDate(data.from, lang), to: shortDate(data.to, lang) });
  return (
    <div class="pw-charts">
      <ChartFigure
        title={t('minutesTitle')}
        caption={caption}
        chart={
          <ColumnChart
            columns={data.days.map((d) => ({
              label: shortDate(d.day, lang),
              value: d.workMinutes,
              title: `${shortDate(d.day, lang, true)}: ${num.format(d.workMinutes)} min`,
            }))}
            maxLabel={(max) => t('max', { value: `${num.format(max)} min` })}
          />
        }
        table={
          <SrTable
            caption={`${t('minutesTitle')}. ${caption}`}
            head={[t('day'), t('workMinutes'), t('otherMinutes')]}
            rows={data.days.map((d) => [
              shortDate(d.day, lang, true),
              num.format(d.workMinutes),
              num.format(d.otherMinutes),
            ])}
          />
        }
      />
      <ChartFigure
        title={t('rulesTitle')}
        caption={t('rulesCaption')}
        chart={rules.length ? <BarList rows={rules} /> : <p class="pw-muted">{t('noGuidance')}</p>}
        table={
          <SrTable
            caption={t('rulesTitle')}
            head={[t('rule'), t('times')]}
            rows={rules.map((r) => [r.label, r.value])}
          />
        }
      />
      <ChartFigure
        title={t('outcomesTitle')}
        caption={t('outcomesCaption')}
        chart={<BarList rows={outcomes} />}
        table={
          <SrTable
            caption={t('outcomesTitle')}
            head={[t('outcome'), t('times')]}
            rows={outcomes.map((r) => [r.label, r.value])}
          />
        }
      />
      <p class="pw-muted">{t('reminders', { shown: data.reminders.shown, snoozed: data.reminders.snoozed })}</p>
      <ModerationSummary data={data} lang={lang} dayLabel={(day, long) => shortDate(day, lang, long)} />
    </div>
  );
}
