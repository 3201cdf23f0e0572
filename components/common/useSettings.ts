/**
 * The resolved settings as the background answers them (values, where each
 * came from, locks and problems), reloaded whenever the person's settings or
 * the managed policy change.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Responses } from '@/lib/messaging';
import type { UiApi } from '@/lib/ui/api';
import { uiLanguage } from '@/lib/i18n';
import type { Lang } from '@/lib/types';

/** The background's answer to `settings`: values, their sources, locks, problems, account choices. */
export type SettingsView = Responses['settings'];

/** Loads the settings once, then again on every change; `error` when the background could not answer. */
export function useSettings(api: UiApi): {
  view: SettingsView | null;
  error: string | null;
  lang: Lang;
  reload: () => Promise<void>;
} {
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await api.send({ type: 'settings' }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [api]);
  useEffect(() => {
    void reload();
    return api.onSettingsChanged(() => void reload());
  }, [api, reload]);
  return { view, error, lang: uiLanguage(view?.settings.language, api.browserLanguage()), reload };
}
