/**
 * The guidelines in the popup: when the person confirmed they read them (or
 * that they have not yet, or that the guidelines changed since), with the
 * welcome page one click away to read, confirm, or save the confirmation
 * for their manager.
 */
import type { UiApi } from '@/lib/ui/api';
import type { Lang } from '@/lib/types';
import { pick, readableDate, type Strings } from '@/lib/i18n';
import { useGuidelines } from '../welcome/useGuidelines';

const STRINGS: Strings<'title' | 'current' | 'none' | 'required' | 'outdated' | 'read' | 'again' | 'export'> = {
  en: {
    title: 'Guidelines',
    current: 'You confirmed on {date} that you read the guidelines.',
    none: 'You have not yet confirmed that you read the guidelines.',
    required: 'Your organisation asks you to read the guidelines and confirm it.',
    outdated: 'The guidelines changed since you confirmed on {date}.',
    read: 'Read the guidelines (a few minutes)',
    again: 'Read them again',
    export: 'Save your confirmation for your manager',
  },
  fr: {
    title: 'Lignes directrices',
    current: 'Vous avez confirmé le {date} avoir lu les lignes directrices.',
    none: 'Vous n’avez pas encore confirmé avoir lu les lignes directrices.',
    required: 'Votre organisation vous demande de lire les lignes directrices et de le confirmer.',
    outdated: 'Les lignes directrices ont changé depuis votre confirmation du {date}.',
    read: 'Lire les lignes directrices (quelques minutes)',
    again: 'Les relire',
    export: 'Enregistrer votre confirmation pour votre gestionnaire',
  },
};

export function GuidelinesSection({ api, lang }: { api: UiApi; lang: Lang }) {
  const t = pick(STRINGS, lang);
  const { state } = useGuidelines(api);
  if (!state) return null;
  const ack = state.acknowledgement;
  const date = ack ? readableDate(ack.at, lang) : '';
  const [line, link, href] =
    state.status === 'current'
      ? [t('current', { date }), t('export'), '/welcome.html#acknowledgement']
      : state.status === 'outdated'
        ? [t('outdated', { date }), t('again'), '/welcome.html']
        : [state.required ? t('required') : t('none'), t('read'), '/welcome.html'];
  return (
    <section aria-labelledby="guidelines-title" data-testid="guidelines" data-status={state.status}>
      <h2 id="guidelines-title">{t('title')}</h2>
      <p class={state.required && state.status !== 'current' ? 'notice' : undefined}>{line}</p>
      <p>
        <a href={href} target="_blank" rel="noreferrer">
          {link}
        </a>
      </p>
    </section>
  );
}
