/**
 * The Social Media Policy as a page: headings with stable anchors (the ones
 * the rules cite), paragraphs and lists, all rendered by Preact (escaped).
 */
import type { JSX } from 'preact';
import { emphasisParts, parsePolicy, type PolicyBlock } from '@/lib/policy/parse';
import { SECTIONS } from '@/lib/rules/policy';
import type { Lang } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';

const STRINGS: Strings<'title' | 'intro' | 'toc' | 'french'> = {
  en: {
    title: 'Social Media Policy',
    intro:
      'The Government of Nova Scotia’s Social Media Policy (6.9) and its Appendix 6-B, Guidelines for Employees’ Use of Social Media, as bundled with Postwise. Postwise’s guidance links to the sections below.',
    toc: 'Sections Postwise cites',
    french: '',
  },
  fr: {
    title: 'Politique sur les médias sociaux',
    intro:
      'La Politique sur les médias sociaux (6.9) du gouvernement de la Nouvelle-Écosse et son annexe 6-B, Lignes directrices sur l’utilisation des médias sociaux par les employés, fournies avec Postwise. Les conseils de Postwise renvoient aux sections ci-dessous.',
    toc: 'Sections citées par Postwise',
    french: 'Le texte officiel de la politique est en anglais.',
  },
};

function Text({ text }: { text: string }) {
  return <>{emphasisParts(text).map((part, i) => (i % 2 ? <em key={i}>{part}</em> : part))}</>;
}

function Block({ block }: { block: PolicyBlock }) {
  if (block.kind === 'list') {
    return (
      <ul>
        {block.items.map((item, i) => (
          <li key={i}>
            <Text text={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (block.kind === 'paragraph') {
    return (
      <p>
        <Text text={block.text} />
      </p>
    );
  }
  const H = `h${block.level + 1}` as keyof JSX.IntrinsicElements;
  return (
    <H id={block.id} tabIndex={-1}>
      {block.text}
    </H>
  );
}

/** The whole policy; `source` is the bundled text. Policy headings start at h2 under the page's h1. */
export function PolicyPage({ source, lang }: { source: string; lang: Lang }) {
  const t = pick(STRINGS, lang);
  const blocks = parsePolicy(source);
  const cited = Object.values(SECTIONS);
  return (
    <div class="policy-page" lang={lang}>
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        {t('french') && <p>{t('french')}</p>}
        <nav aria-labelledby="toc-title">
          <h2 id="toc-title">{t('toc')}</h2>
          <ul>
            {cited.map((s) => (
              <li key={s.anchor + s.section}>
                <a href={`#${s.anchor}`}>{lang === 'fr' ? s.sectionFr : s.section}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main lang="en">
        {blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </main>
    </div>
  );
}
