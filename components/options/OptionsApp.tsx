/**
 * The options page: every setting, grouped in sections, in English or French;
 * problems with the settings in plain words; links to the policy and the
 * practice page. Managed settings are shown disabled, with the reason.
 */
import type { UiApi } from '@/lib/ui/api';
import { GROUPS } from '@/lib/settings/fields';
import { pick } from '@/lib/i18n';
import { useSettings } from '../common/useSettings';
import { ProblemList } from '../common/ProblemList';
import { SettingsSection } from './SettingsSection';
import { STRINGS } from './strings';
import { ActivitySection } from '../dashboard/ActivitySection';

/** The whole options page. */
export function OptionsApp({ api }: { api: UiApi }) {
  const { view, error, lang } = useSettings(api);
  const t = pick(STRINGS, lang);
  return (
    <div class="options" lang={lang}>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <nav aria-label="Postwise">
          <a href="/policy.html">{t('policy')}</a> · <a href="/practice.html">{t('practice')}</a>
        </nav>
      </header>
      <main>
        {error && <p role="alert">{t('error', { error })}</p>}
        {!view ? (
          !error && <p role="status">{t('loading')}</p>
        ) : (
          <>
            <ProblemList problems={view.problems} lang={lang} />
            {GROUPS.map((g) => (
              <SettingsSection key={g} api={api} view={view} group={g} lang={lang} />
            ))}
            <ActivitySection api={api} lang={lang} />
          </>
        )}
      </main>
    </div>
  );
}
