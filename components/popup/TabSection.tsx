/**
 * The current tab: which site, which account Postwise thinks is posting (with
 * a personal/official switch unless the organisation locked it), what the open
 * compose box has drawn, and whether it is work hours now.
 */
import { useState } from 'preact/hooks';
import type { ModerationCounts, TabState } from '@/lib/messaging';
import { moderationCountText, reasonTitle } from '@/lib/moderation/advice';
import { MODERATION_REASONS } from '@/lib/moderation/types';
import type { UiApi } from '@/lib/ui/api';
import type { Lang, Site } from '@/lib/types';
import type { SettingsView } from '../common/useSettings';
import { pick } from '@/lib/i18n';
import { WorkHoursNow } from './WorkHoursNow';
import { NewAccountNotice } from './NewAccountNotice';
import { STRINGS, SITE_NAMES } from './tab-strings';

/** What the popup knows of the active tab. */
export interface TabInfo {
  id?: number;
  /** Null when Postwise does not guide on this page. */
  site: Exclude<Site, 'other'> | null;
  state: TabState | null;
  /** The page's last count of comments that may need moderation (none: null). */
  moderation?: { counts: ModerationCounts; total: number } | null;
}

/** The tab part of the popup. */
export function TabSection(props: { api: UiApi; view: SettingsView; tab: TabInfo; lang: Lang }) {
  const { view, tab, lang } = props;
  const t = pick(STRINGS, lang);
  return (
    <section aria-labelledby="tab-title" data-testid="tab">
      <h2 id="tab-title">{t('title')}</h2>
      {tab.site ? (
        <>
          <p>
            {t('site')}: <strong>{SITE_NAMES[tab.site]}</strong>
          </p>
          <AccountLine {...props} site={tab.site} />
          <Counts state={tab.state} lang={lang} />
          {view.settings.moderation !== 'off' && tab.moderation ? (
            <ModerationLine moderation={tab.moderation} lang={lang} />
          ) : null}
        </>
      ) : (
        <p>{t('noSite')}</p>
      )}
      <WorkHoursNow workHours={view.settings.workHours} lang={lang} />
    </section>
  );
}

function AccountLine(props: {
  api: UiApi;
  view: SettingsView;
  tab: TabInfo;
  lang: Lang;
  site: Exclude<Site, 'other'>;
}) {
  const { api, view, tab, lang, site } = props;
  const t = pick(STRINGS, lang);
  const initial = tab.state?.account ?? (view.accountChoices[site] === 'official' ? 'official' : 'personal');
  const [account, setAccount] = useState<'personal' | 'official'>(initial);
  const [error, setError] = useState<string | null>(null);
  if (tab.state?.accountSource === 'official-match') {
    return <p data-testid="account">{t('officialMatch')}</p>;
  }
  if (!view.settings.allowAccountSwitch) {
    return (
      <p data-testid="account">
        {t('postingAs')}: <strong>{t(account)}</strong> <span class="locked-note">({t('lockedSwitch')})</span>
      </p>
    );
  }
  const choose = async (next: 'personal' | 'official') => {
    setAccount(next);
    try {
      const answer = await api.send({ type: 'set-account', site, account: next });
      setError(answer.ok ? null : (answer.reason ?? t('failed')));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <fieldset class="switch" data-testid="account">
      <legend>{t('postingAs')}</legend>
      {(['personal', 'official'] as const).map((a) => (
        <label key={a}>
          <input type="radio" name="account" value={a} checked={account === a} onChange={() => void choose(a)} />
          {t(a)}
        </label>
      ))}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {account === 'official' && <NewAccountNotice settings={view.settings} site={site} lang={lang} />}
    </fieldset>
  );
}

function Counts({ state, lang }: { state: TabState | null; lang: Lang }) {
  const t = pick(STRINGS, lang);
  if (!state || state.boxes === 0) return <p data-testid="counts">{t('noBox')}</p>;
  return (
    <>
      <p data-testid="counts">
        {t('box')}:{' '}
        {(['high', 'warning', 'info'] as const).map((s) => (
          <span key={s} class={`sev sev-${s}`}>
            {t(s)} {state.counts[s]}
          </span>
        ))}
      </p>
      <p data-testid="recognition" data-recognition={state.recognition ?? 'precise'}>
        {t(state.recognition === 'generic' ? 'generic' : 'precise')}
      </p>
    </>
  );
}

/** "3 comments may need moderation on this page", with the reasons in a short list. */
function ModerationLine({ moderation, lang }: { moderation: NonNullable<TabInfo['moderation']>; lang: Lang }) {
  const reasons = MODERATION_REASONS.filter((r) => (moderation.counts[r] ?? 0) > 0);
  return (
    <div data-testid="moderation-count">
      <p>
        <strong>{moderationCountText(moderation.total, lang)}</strong>
      </p>
      {reasons.length > 0 && (
        <ul class="muted">
          {reasons.map((r) => (
            <li key={r}>
              {reasonTitle(r, lang)}: {moderation.counts[r]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
