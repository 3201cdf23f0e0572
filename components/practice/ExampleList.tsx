/**
 * Guided examples from the policy, each with the policy's words, the draft,
 * and a button that loads it into a practice box. The practice page lists
 * them all; the welcome page's two-minute practice a few.
 */
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';
import { PolicyQuote } from '../common/PolicyQuote';
import type { PracticeExample } from './examples';

const STRINGS: Strings<'try' | 'read'> = {
  en: { try: 'Try this example', read: 'Read this section of the policy' },
  fr: { try: 'Essayer cet exemple', read: 'Lire cette section de la politique' },
};

export function ExampleList(props: {
  examples: readonly PracticeExample[];
  lang: Lang;
  onTry: (example: PracticeExample) => void;
  /** The examples' heading level, under the section's own heading. */
  level?: 3 | 4;
}) {
  const { examples, lang, onTry, level = 3 } = props;
  const t = pick(STRINGS, lang);
  const H = `h${level}` as const;
  return (
    <>
      {examples.map((ex) => (
        <article key={ex.id} class="example" aria-labelledby={`ex-${ex.id}`} data-testid={`example-${ex.id}`}>
          <H id={`ex-${ex.id}`}>{ex.title[lang]}</H>
          <PolicyQuote words={{ en: ex.words, fr: ex.words }} lang="en" anchor={ex.anchor} linkText={t('read')} />
          <p lang={lang} class="draft">
            <q>{ex.draft[lang]}</q>
          </p>
          <button type="button" onClick={() => onTry(ex)}>
            {t('try')}: {ex.title[lang]}
          </button>
        </article>
      ))}
    </>
  );
}
