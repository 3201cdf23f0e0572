/**
 * Disclaimer templates in English and French, the policy's own example first,
 * then the organisation's (or the person's) when set, each with Copy and
 * Insert (into the open compose box, through the content script).
 */
import { useState } from 'preact/hooks';
import { DEFAULT_DISCLAIMERS } from '@/lib/settings/schema';
import type { UiApi } from '@/lib/ui/api';
import type { Lang } from '@/lib/types';
import type { SettingsView } from '../common/useSettings';
import { pick, type Strings } from '@/lib/i18n';

const STRINGS: Strings<
  | 'title'
  | 'policy'
  | 'managed'
  | 'user'
  | 'en'
  | 'fr'
  | 'copy'
  | 'insert'
  | 'copied'
  | 'inserted'
  | 'copyFailed'
  | 'insertFailed'
  | 'noBox'
  | 'insertHint'
  | 'reload'
  | 'policyFr'
> = {
  en: {
    title: 'Disclaimers',
    policy: 'The policy’s example',
    policyFr: 'The policy’s example, translated (French)',
    managed: 'Your organisation’s',
    user: 'Yours',
    en: 'English',
    fr: 'French',
    copy: 'Copy',
    insert: 'Insert',
    copied: 'Copied.',
    inserted: 'Inserted in the compose box.',
    copyFailed: 'The browser did not allow copying; select the text and copy it.',
    insertFailed: 'Not inserted: {reason}.',
    noBox: 'open a compose box on Facebook, X or YouTube first',
    reload: 'Postwise is not running on this page yet; reload the page and try again',
    insertHint: 'Insert works on Facebook, X and YouTube, into the open compose box.',
  },
  fr: {
    title: 'Avis de non-responsabilité',
    policy: 'L’exemple de la politique',
    policyFr: 'L’exemple de la politique, traduit (français)',
    managed: 'Celui de votre organisation',
    user: 'Le vôtre',
    en: 'Anglais',
    fr: 'Français',
    copy: 'Copier',
    insert: 'Insérer',
    copied: 'Copié.',
    inserted: 'Inséré dans la zone de rédaction.',
    copyFailed: 'Le navigateur n’a pas permis la copie; sélectionnez le texte et copiez-le.',
    insertFailed: 'Non inséré : {reason}.',
    noBox: 'ouvrez d’abord une zone de rédaction sur Facebook, X ou YouTube',
    reload: 'Postwise ne fonctionne pas encore sur cette page; rechargez-la et réessayez',
    insertHint: 'Insérer fonctionne sur Facebook, X et YouTube, dans la zone de rédaction ouverte.',
  },
};

interface Template {
  id: string;
  group: 'policy' | 'managed' | 'user';
  lang: Lang;
  text: string;
}

/** The templates to offer, policy's example first; a custom pair only when it differs from it. */
export function disclaimerTemplates(view: SettingsView): Template[] {
  const out: Template[] = (['en', 'fr'] as const).map((l) => ({
    id: `policy-${l}`,
    group: 'policy',
    lang: l,
    text: DEFAULT_DISCLAIMERS[l],
  }));
  const source = view.source.disclaimers;
  if (source !== 'default') {
    for (const l of ['en', 'fr'] as const) {
      const text = view.settings.disclaimers[l];
      if (text !== DEFAULT_DISCLAIMERS[l]) out.push({ id: `${source}-${l}`, group: source, lang: l, text });
    }
  }
  return out;
}

/** The disclaimer part of the popup; `tabId` is where Insert goes (none: Insert is off). */
export function DisclaimerSection(props: { api: UiApi; view: SettingsView; lang: Lang; tabId?: number }) {
  const t = pick(STRINGS, props.lang);
  const templates = disclaimerTemplates(props.view);
  return (
    <section aria-labelledby="disclaimers-title" data-testid="disclaimers">
      <h2 id="disclaimers-title">{t('title')}</h2>
      {templates.map((tpl) => (
        <TemplateItem key={tpl.id} template={tpl} {...props} />
      ))}
      {props.tabId === undefined && <p class="muted">{t('insertHint')}</p>}
    </section>
  );
}

function TemplateItem({ template, api, lang, tabId }: { template: Template; api: UiApi; lang: Lang; tabId?: number }) {
  const t = pick(STRINGS, lang);
  const [status, setStatus] = useState('');
  // The policy exists in English only: its French example is our translation, and says so.
  const label =
    template.group === 'policy' && template.lang === 'fr'
      ? t('policyFr')
      : `${t(template.group)} (${t(template.lang)})`;
  const copy = async () => setStatus((await api.copy(template.text)) ? t('copied') : t('copyFailed'));
  const insert = async () => {
    if (tabId === undefined) return setStatus(t('insertFailed', { reason: t('noBox') }));
    try {
      const answer = await api.send({ type: 'insert-text', tabId, text: template.text });
      setStatus(answer.ok ? t('inserted') : t('insertFailed', { reason: answer.reason ?? '?' }));
    } catch {
      // No content script answered (a tab opened before Postwise was installed or updated).
      setStatus(t('insertFailed', { reason: t('reload') }));
    }
  };
  return (
    <figure class="template" data-testid={`disclaimer-${template.id}`}>
      <figcaption>{label}</figcaption>
      <blockquote lang={template.lang}>{template.text}</blockquote>
      <div class="actions">
        <button type="button" onClick={() => void copy()} aria-label={`${t('copy')}: ${label}`}>
          {t('copy')}
        </button>
        <button
          type="button"
          onClick={() => void insert()}
          aria-label={`${t('insert')}: ${label}`}
          disabled={tabId === undefined}
        >
          {t('insert')}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </figure>
  );
}
