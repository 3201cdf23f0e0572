/**
 * The practice page: a sample compose box with the same guidance as on the
 * sites, and guided examples from the policy that load into it. Managers can
 * point new staff here.
 */
import { useRef, useState } from 'preact/hooks';
import type { UiApi } from '@/lib/ui/api';
import { pick, type Strings } from '@/lib/i18n';
import { useSettings } from '../common/useSettings';
import { PracticeBox, type Draft } from './PracticeBox';
import { EXAMPLES, type PracticeExample } from './examples';
import { ExampleList } from './ExampleList';

const STRINGS: Strings<'title' | 'intro' | 'box' | 'examples' | 'examplesIntro' | 'policy' | 'settings'> = {
  en: {
    title: 'Practise with Postwise',
    intro:
      'Type a draft as you would on Facebook, X or YouTube and see the guidance you would get there. Nothing is posted, and nothing you type leaves your browser.',
    box: 'Your draft',
    examples: 'Guided examples from the policy',
    examplesIntro:
      'Load an example into the box, then open the badge to see why it may break the policy, and try the fixes.',
    policy: 'Read the policy',
    settings: 'Settings',
  },
  fr: {
    title: 'S’exercer avec Postwise',
    intro:
      'Rédigez un message comme sur Facebook, X ou YouTube et voyez les conseils que vous y recevriez. Rien n’est publié, et rien de ce que vous tapez ne quitte votre navigateur.',
    box: 'Votre brouillon',
    examples: 'Exemples guidés tirés de la politique',
    examplesIntro:
      'Chargez un exemple dans la zone, puis ouvrez le badge pour voir pourquoi il pourrait enfreindre la politique, et essayez les corrections.',
    policy: 'Lire la politique',
    settings: 'Réglages',
  },
};

/** The whole practice page. */
export function PracticeApp({ api }: { api: UiApi }) {
  const { lang } = useSettings(api);
  const t = pick(STRINGS, lang);
  const [draft, setDraft] = useState<Draft>({ text: '', site: 'facebook', account: 'personal', surface: 'post' });
  const boxSection = useRef<HTMLElement>(null);
  const load = (ex: PracticeExample) => {
    setDraft({ ...draft, text: ex.draft[lang], account: ex.account, surface: ex.surface });
    boxSection.current?.querySelector('textarea')?.focus();
  };
  return (
    <div class="practice" lang={lang}>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <nav aria-label="Postwise">
          <a href="/policy.html">{t('policy')}</a> · <a href="/options.html">{t('settings')}</a>
        </nav>
      </header>
      <main>
        <section ref={boxSection} aria-label={t('box')}>
          <PracticeBox api={api} lang={lang} draft={draft} onDraft={setDraft} label={t('box')} />
        </section>
        <section aria-labelledby="examples-title">
          <h2 id="examples-title">{t('examples')}</h2>
          <p>{t('examplesIntro')}</p>
          <ExampleList examples={EXAMPLES} lang={lang} onTry={load} />
        </section>
      </main>
    </div>
  );
}
