/** What to do on seeing a colleague's post that does not follow the policy. */
import type { Lang } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';
import { PolicyQuote } from '../common/PolicyQuote';

const STRINGS: Strings<'title' | 'do' | 'read'> = {
  en: {
    title: 'A colleague’s post does not follow the policy?',
    do: 'Report it to your manager, supervisor or Communications Director.',
    read: 'Read “Compliance” in the policy',
  },
  fr: {
    title: 'La publication d’un collègue ne respecte pas la politique?',
    do: 'Signalez-la à votre gestionnaire, à votre superviseur ou au directeur des communications.',
    read: 'Lire « Compliance » (Conformité) dans la politique',
  },
};

const WORDS = {
  en: 'If you become aware of social media content posted by a Government employee that does not comply with the Social Media Policy or these Guidelines, you should report it to your manager, supervisor or Communications Director.',
  fr: 'Si vous prenez connaissance d’un contenu publié dans les médias sociaux par un employé du gouvernement qui ne respecte pas la Politique sur les médias sociaux ou les présentes lignes directrices, vous devriez le signaler à votre gestionnaire, à votre superviseur ou au directeur des communications.',
};

/** The reporting advice, in the policy's words. */
export function ColleagueSection({ lang }: { lang: Lang }) {
  const t = pick(STRINGS, lang);
  return (
    <section aria-labelledby="colleague-title" data-testid="colleague">
      <h2 id="colleague-title">{t('title')}</h2>
      <p>{t('do')}</p>
      <PolicyQuote words={WORDS} lang={lang} anchor="compliance" linkText={t('read')} folded />
    </section>
  );
}
