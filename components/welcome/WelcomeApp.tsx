/**
 * The welcome page, opened once on first run (lib/background/welcome.ts):
 * what Postwise does and does not do, the policy's key points in plain words
 * with links to the policy page, a two-minute practice (the practice page's
 * box and examples), and the "I have read the guidelines" acknowledgement.
 * In the person's language.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiApi } from '@/lib/ui/api';
import { pick, type Strings } from '@/lib/i18n';
import { useSettings } from '../common/useSettings';
import { PracticeBox, type Draft } from '../practice/PracticeBox';
import { ExampleList } from '../practice/ExampleList';
import { EXAMPLES, type PracticeExample } from '../practice/examples';
import { Acknowledgement } from './Acknowledgement';
import { KEY_POINTS } from './key-points';

type Key =
  | 'title'
  | 'intro'
  | 'whatTitle'
  | 'doesTitle'
  | 'does1'
  | 'does2'
  | 'does3'
  | 'does4'
  | 'notTitle'
  | 'not1'
  | 'not2'
  | 'not3'
  | 'not4'
  | 'pointsTitle'
  | 'pointsIntro'
  | 'readSection'
  | 'readAll'
  | 'practiceTitle'
  | 'practiceIntro'
  | 'box'
  | 'more'
  | 'settings';

const STRINGS: Strings<Key> = {
  en: {
    title: 'Welcome to Postwise',
    intro:
      'Postwise helps you follow the Government of Nova Scotia’s Social Media Policy when you post on Facebook, X and YouTube. This page takes a few minutes: what Postwise does, the guidelines in plain words, a short practice, and your confirmation that you have read them.',
    whatTitle: 'What Postwise does, and does not do',
    doesTitle: 'What it does',
    does1:
      'Shows guidance beside the box while you write a post, reply, comment or message on Facebook, X or YouTube, with the policy’s own words.',
    does2: 'Offers a one-click fix where there is one: add a disclaimer, remove a phone number, remove a link.',
    does3: 'Asks “Edit” or “Post anyway” before a post with a serious concern is sent.',
    does4: 'Reminds you, gently, when personal social media takes up time during work hours.',
    notTitle: 'What it does not do',
    not1: 'Sends nothing anywhere: what you type never leaves your browser, and it is never stored.',
    not2: 'Blocks nothing: you always decide what to post.',
    not3: 'Reports to no one: its activity log (rule names and times, never text) stays on this computer, for you.',
    not4: 'Does not read your private messages, search boxes or passwords.',
    pointsTitle: 'The guidelines in plain words',
    pointsIntro:
      'The Social Media Policy (6.9) and its Appendix 6-B, Guidelines for Employees’ Use of Social Media, apply to every government employee, at work and on their own time. In short:',
    readSection: 'Read “{section}” in the policy',
    readAll: 'Read the whole policy',
    practiceTitle: 'A two-minute practice',
    practiceIntro:
      'Load an example into the box, or type a draft of your own, then open the badge at the corner of the box to see what Postwise says. Nothing is posted, and nothing leaves your browser.',
    box: 'Your draft',
    more: 'More examples on the practice page',
    settings: 'Settings',
  },
  fr: {
    title: 'Bienvenue dans Postwise',
    intro:
      'Postwise vous aide à respecter la Politique sur les médias sociaux du gouvernement de la Nouvelle-Écosse quand vous publiez sur Facebook, X et YouTube. Cette page prend quelques minutes : ce que fait Postwise, les lignes directrices en termes simples, un court exercice, et votre confirmation de lecture.',
    whatTitle: 'Ce que Postwise fait, et ne fait pas',
    doesTitle: 'Ce qu’il fait',
    does1:
      'Il affiche des conseils à côté de la zone de rédaction quand vous écrivez une publication, une réponse, un commentaire ou un message sur Facebook, X ou YouTube, avec les mots de la politique.',
    does2:
      'Il propose une correction en un clic quand il y en a une : ajouter un avis de non-responsabilité, retirer un numéro de téléphone, retirer un lien.',
    does3:
      'Il demande « Modifier » ou « Publier quand même » avant l’envoi d’une publication qui pose un problème grave.',
    does4:
      'Il vous rappelle discrètement quand les médias sociaux personnels prennent du temps pendant les heures de travail.',
    notTitle: 'Ce qu’il ne fait pas',
    not1: 'Il ne transmet rien : ce que vous tapez ne quitte jamais votre navigateur et n’est jamais conservé.',
    not2: 'Il ne bloque rien : c’est toujours vous qui décidez de ce que vous publiez.',
    not3: 'Il ne rend de comptes à personne : son journal d’activité (noms de règles et heures, jamais de texte) reste sur cet ordinateur, pour vous.',
    not4: 'Il ne lit ni vos messages privés, ni les zones de recherche, ni les mots de passe.',
    pointsTitle: 'Les lignes directrices en termes simples',
    pointsIntro:
      'La Politique sur les médias sociaux (6.9) et son annexe 6-B, Lignes directrices sur l’utilisation des médias sociaux par les employés, s’appliquent à tous les employés du gouvernement, au travail et dans leurs temps libres. En bref :',
    readSection: 'Lire « {section} » dans la politique',
    readAll: 'Lire toute la politique',
    practiceTitle: 'Un exercice de deux minutes',
    practiceIntro:
      'Chargez un exemple dans la zone, ou écrivez votre propre brouillon, puis ouvrez le badge au coin de la zone pour voir ce que dit Postwise. Rien n’est publié, et rien ne quitte votre navigateur.',
    box: 'Votre brouillon',
    more: 'Plus d’exemples sur la page d’exercice',
    settings: 'Réglages',
  },
};

/** What Postwise does, and does not do: the words' keys, in order. */
const DOES = ['does1', 'does2', 'does3', 'does4'] as const;
const DOES_NOT = ['not1', 'not2', 'not3', 'not4'] as const;

/** The practice's examples: the three concerns new staff most need to see. */
const PRACTICE = ['privacy', 'partisan', 'respect'].map((id) => EXAMPLES.find((ex) => ex.id === id)!);

export function WelcomeApp({
  api,
  save,
}: {
  api: UiApi;
  save?: (data: string, filename: string, mime: string) => void;
}) {
  const { lang } = useSettings(api);
  const t = pick(STRINGS, lang);
  const [draft, setDraft] = useState<Draft>({ text: '', site: 'facebook', account: 'personal', surface: 'post' });
  const practice = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = t('title');
  }, [lang]);
  const load = (ex: PracticeExample) => {
    setDraft({ ...draft, text: ex.draft[lang], account: ex.account, surface: ex.surface });
    practice.current?.querySelector('textarea')?.focus();
  };
  return (
    <div class="welcome practice" lang={lang}>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <main>
        <section aria-labelledby="what-title" data-testid="what">
          <h2 id="what-title">{t('whatTitle')}</h2>
          <div class="columns">
            {(
              [
                ['doesTitle', DOES],
                ['notTitle', DOES_NOT],
              ] as const
            ).map(([title, keys]) => (
              <div key={title}>
                <h3>{t(title)}</h3>
                <ul>
                  {keys.map((k) => (
                    <li key={k}>{t(k)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
        <section aria-labelledby="points-title" data-testid="key-points">
          <h2 id="points-title">{t('pointsTitle')}</h2>
          <p>{t('pointsIntro')}</p>
          <ol class="points">
            {KEY_POINTS.map((p) => (
              <li key={p.id} data-testid={`point-${p.id}`}>
                <strong>{p.title[lang]}.</strong> {p.text[lang]}{' '}
                <a href={`/policy.html#${p.section.anchor}`} target="_blank" rel="noreferrer">
                  {t('readSection', { section: lang === 'fr' ? p.section.sectionFr : p.section.section })}
                </a>
              </li>
            ))}
          </ol>
          <p>
            <a href="/policy.html" target="_blank" rel="noreferrer">
              {t('readAll')}
            </a>
          </p>
        </section>
        <section ref={practice} aria-labelledby="practice-title" data-testid="practice">
          <h2 id="practice-title">{t('practiceTitle')}</h2>
          <p>{t('practiceIntro')}</p>
          <PracticeBox api={api} lang={lang} draft={draft} onDraft={setDraft} label={t('box')} />
          <ExampleList examples={PRACTICE} lang={lang} onTry={load} />
          <p>
            <a href="/practice.html" target="_blank" rel="noreferrer">
              {t('more')}
            </a>
          </p>
        </section>
        <Acknowledgement api={api} lang={lang} save={save} />
      </main>
      <nav aria-label="Postwise">
        <a href="/options.html" target="_blank" rel="noreferrer">
          {t('settings')}
        </a>
      </nav>
    </div>
  );
}
