/**
 * The popup: this tab, disclaimers, whom to ask before posting about work,
 * what to do about a colleague's post, and links to the policy, the practice
 * page and the settings. Everything a person needs before posting, in one view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiApi } from '@/lib/ui/api';
import { adapterFor } from '@/lib/sites';
import { pick, type Strings } from '@/lib/i18n';
import { useSettings } from '../common/useSettings';
import { ProblemList } from '../common/ProblemList';
import { TabSection, type TabInfo } from './TabSection';
import { DisclaimerSection } from './DisclaimerSection';
import { ContactSection } from './ContactSection';
import { ColleagueSection } from './ColleagueSection';
import { GuidelinesSection } from './GuidelinesSection';

const STRINGS: Strings<'tagline' | 'loading' | 'error' | 'policy' | 'practice' | 'settings' | 'links'> = {
  en: {
    tagline: 'Guidance from the Nova Scotia Social Media Policy',
    loading: 'Loading…',
    error: 'Postwise could not read its settings: {error}',
    policy: 'Read the policy',
    practice: 'Practise',
    settings: 'Settings',
    links: 'More',
  },
  fr: {
    tagline: 'Conseils tirés de la Politique sur les médias sociaux de la Nouvelle-Écosse',
    loading: 'Chargement…',
    error: 'Postwise n’a pas pu lire ses réglages : {error}',
    policy: 'Lire la politique',
    practice: 'S’exercer',
    settings: 'Réglages',
    links: 'Plus',
  },
};

/** Finds the active tab, its site and what its content script last reported. */
async function loadTab(api: UiApi): Promise<TabInfo> {
  const tab = await api.activeTab().catch(() => null);
  let site: TabInfo['site'] = null;
  try {
    const found = tab?.url ? adapterFor(new URL(tab.url))?.site : undefined;
    if (found && found !== 'other') site = found;
  } catch {
    // Not a URL Postwise can read (a browser page): nothing to guide here.
  }
  let state: TabInfo['state'] = null;
  let moderation: TabInfo['moderation'] = null;
  if (tab?.id !== undefined && site) {
    const [tabState, count] = await Promise.all([
      api.send({ type: 'get-tab-state', tabId: tab.id }).catch(() => null),
      api.send({ type: 'moderation-count', tabId: tab.id }).catch(() => null),
    ]);
    state = tabState?.state ?? null;
    moderation = count && count.total > 0 ? count : null;
  }
  return { id: tab?.id, site, state, moderation };
}

/** The whole popup. */
export function PopupApp({ api }: { api: UiApi }) {
  const { view, error, lang } = useSettings(api);
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    void loadTab(api).then(setTab);
  }, [api]);
  const t = pick(STRINGS, lang);
  return (
    <div class="popup" lang={lang}>
      <header>
        <h1>Postwise</h1>
        <p class="muted">{t('tagline')}</p>
      </header>
      <main>
        {error && <p role="alert">{t('error', { error })}</p>}
        {!view || !tab ? (
          !error && <p role="status">{t('loading')}</p>
        ) : (
          <>
            <ProblemList problems={view.problems} lang={lang} />
            <TabSection api={api} view={view} tab={tab} lang={lang} />
            <GuidelinesSection api={api} lang={lang} />
            <DisclaimerSection api={api} view={view} lang={lang} tabId={tab.site ? tab.id : undefined} />
            <ContactSection settings={view.settings} lang={lang} />
            <ColleagueSection lang={lang} />
          </>
        )}
      </main>
      <nav aria-label={t('links')}>
        <a href="/policy.html" target="_blank" rel="noreferrer">
          {t('policy')}
        </a>
        <a href="/practice.html" target="_blank" rel="noreferrer">
          {t('practice')}
        </a>
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('settings')}
        </a>
      </nav>
    </div>
  );
}
