/**
 * The options page's "Your activity" section: the last four weeks drawn from
 * the private activity log (the background summarises, this draws), with
 * export and clear. Mount it as `<ActivitySection api={api} lang={lang} />`
 * (`api.send` as in lib/ui/api.ts; without it, browser.runtime.sendMessage).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardData } from '@/lib/log/dashboard';
import { pick } from '@/lib/i18n';
import type { Lang } from '@/lib/types';
import { ActivityCharts } from './ActivityCharts';
import { LogActions } from './LogActions';
import { RecognitionNote } from './RecognitionNote';
import { downloadFile, runtimeSend, type Send } from './send';
import { STRINGS } from './strings';
import { DASHBOARD_CSS } from './style';

/** Props of ActivitySection. */
export interface ActivitySectionProps {
  lang: Lang;
  /** Sends to the background (default: browser.runtime.sendMessage). */
  api?: { send: Send };
  /** Saves an export (default: a download link). */
  save?: (data: string, filename: string, mime: string) => void;
}

type View =
  { state: 'loading' } | { state: 'error'; reason: string } | { state: 'ready'; data: DashboardData; days: number };

/** "Your activity": charts of the last four weeks, export and clear. */
export function ActivitySection({ lang, api, save = downloadFile }: ActivitySectionProps) {
  const t = pick(STRINGS, lang);
  const send: Send = api ? (request) => api.send(request) : runtimeSend;
  const latest = useRef(send);
  latest.current = send;
  const [view, setView] = useState<View>({ state: 'loading' });

  const load = useCallback(async () => {
    const answer = await latest.current({ type: 'dashboard-data' }).catch((e: unknown) => ({
      ok: false,
      reason: e instanceof Error ? e.message : 'no answer',
      data: undefined,
      retentionDays: undefined,
    }));
    if (answer?.ok && answer.data) setView({ state: 'ready', data: answer.data, days: answer.retentionDays ?? 90 });
    else setView({ state: 'error', reason: answer?.reason ?? 'no answer' });
  }, []);

  useEffect(() => void load(), [load]);

  return (
    <section class="pw-activity" aria-labelledby="pw-activity-title" aria-busy={view.state === 'loading'}>
      <style>{DASHBOARD_CSS}</style>
      <h2 id="pw-activity-title">{t('title')}</h2>
      <p>{t('intro', { days: view.state === 'ready' ? view.days : 90 })}</p>
      {view.state === 'loading' ? <p class="pw-muted">{t('loading')}</p> : null}
      {view.state === 'error' ? <p role="alert">{t('unavailable', { reason: view.reason })}</p> : null}
      {view.state === 'ready' && view.data.events === 0 ? <p>{t('empty')}</p> : null}
      {view.state === 'ready' ? <ActivityCharts data={view.data} lang={lang} /> : null}
      {view.state === 'ready' ? <RecognitionNote data={view.data} lang={lang} /> : null}
      <LogActions lang={lang} send={send} save={save} onCleared={() => void load()} />
    </section>
  );
}
