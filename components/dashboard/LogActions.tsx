/** Export the log as JSON or CSV, and clear it after an explicit confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pick } from '@/lib/i18n';
import type { Lang } from '@/lib/types';
import { STRINGS } from './strings';
import type { Send } from './send';

/** Props of LogActions. */
export interface LogActionsProps {
  lang: Lang;
  send: Send;
  save: (data: string, filename: string, mime: string) => void;
  /** Called after the log was cleared (to reload the charts). */
  onCleared: () => void;
}

/** Export JSON, export CSV, and "Clear activity log…" with an inline confirmation. */
export function LogActions({ lang, send, save, onCleared }: LogActionsProps) {
  const t = pick(STRINGS, lang);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Focus follows the question: to "Cancel" when it opens, back to "Clear" when it closes.
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) clearRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const exportAs = async (format: 'json' | 'csv') => {
    const answer = await send({ type: 'export-log', format }).catch(() => null);
    if (answer?.ok && answer.data !== undefined) {
      save(answer.data, answer.filename ?? `postwise-activity.${format}`, answer.mime ?? 'application/octet-stream');
      setStatus(t('exported', { filename: answer.filename ?? format }));
    } else setStatus(t('failed', { reason: answer?.reason ?? 'no answer' }));
  };

  const clear = async () => {
    setConfirming(false);
    const answer = await send({ type: 'clear-log' }).catch(() => null);
    setStatus(answer?.ok ? t('cleared') : t('failed', { reason: answer?.reason ?? 'no answer' }));
    if (answer?.ok) onCleared();
  };

  return (
    <div class="pw-log-actions">
      <button type="button" onClick={() => void exportAs('json')}>
        {t('exportJson')}
      </button>{' '}
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('exportCsv')}
      </button>{' '}
      <button type="button" ref={clearRef} aria-expanded={confirming} onClick={() => setConfirming(true)}>
        {t('clear')}
      </button>
      {confirming ? (
        <div role="group" aria-label={t('clear')} class="pw-confirm">
          <p>{t('confirmClear')}</p>
          <button type="button" class="pw-danger" onClick={() => void clear()}>
            {t('confirmYes')}
          </button>{' '}
          <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" class="pw-muted">
        {status}
      </p>
    </div>
  );
}
