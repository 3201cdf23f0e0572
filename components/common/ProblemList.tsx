/**
 * Settings that could not be used, in plain words: which setting, whose
 * (the organisation's policy or the person's own), what was wrong and what is
 * used instead.
 */
import type { SettingProblem } from '@/lib/settings/schema';
import { FIELDS } from '@/lib/settings/fields';
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';

const STRINGS: Strings<'title' | 'managed' | 'user' | 'fix'> = {
  en: {
    title: 'Some settings could not be used',
    managed: 'in your organisation’s policy',
    user: 'in your own settings',
    fix: 'Your manager can correct the policy; until then Postwise goes on with the values shown.',
  },
  fr: {
    title: 'Certains réglages n’ont pas pu être utilisés',
    managed: 'dans la stratégie de votre organisation',
    user: 'dans vos propres réglages',
    fix: 'Votre gestionnaire peut corriger la stratégie; d’ici là, Postwise continue avec les valeurs affichées.',
  },
};

/** The label of a setting key, or the key itself when it is not a setting. */
export function settingLabel(key: string, lang: Lang): string {
  return key in FIELDS ? FIELDS[key as keyof typeof FIELDS].label[lang] : key;
}

/** A list of problems; renders nothing when there are none. */
export function ProblemList({ problems, lang }: { problems: SettingProblem[]; lang: Lang }) {
  if (!problems.length) return null;
  const t = pick(STRINGS, lang);
  return (
    <section class="problems" aria-labelledby="problems-title" data-testid="problems">
      <h2 id="problems-title">{t('title')}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{settingLabel(p.key, lang)}</strong> (<code>{p.key}</code>) {t(p.layer)}:{' '}
            {lang === 'fr' && p.messageFr ? p.messageFr : p.message}
          </li>
        ))}
      </ul>
      {problems.some((p) => p.layer === 'managed') && <p>{t('fix')}</p>}
    </section>
  );
}
