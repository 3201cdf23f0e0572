/** The policy's own words, with a link to the section in the bundled policy page. */
import type { Lang } from '@/lib/types';

const TRANSLATION_NOTE = { en: '', fr: ' (traduction; la politique officielle est en anglais)' };
const SUMMARY = { en: 'The policy’s words', fr: 'Le texte de la politique' };

/** The URL of a section of the bundled policy page. */
export function policyHref(anchor: string): string {
  return `/policy.html#${anchor}`;
}

/** A quote from the policy; French readers get a rendering, marked as such. */
export function PolicyQuote(props: {
  words: Record<Lang, string>;
  lang: Lang;
  anchor: string;
  linkText: string;
  /** Folded behind "The policy's words" (the popup, where space is short). */
  folded?: boolean;
}) {
  const { words, lang, anchor, linkText, folded = false } = props;
  const quote = <blockquote lang={lang}>{words[lang]}</blockquote>;
  return (
    <figure class="policy-quote">
      {folded ? (
        <details class="policy-words">
          <summary>{SUMMARY[lang]}</summary>
          {quote}
        </details>
      ) : (
        quote
      )}
      <figcaption>
        <a href={policyHref(anchor)} target="_blank" rel="noreferrer">
          {linkText}
        </a>
        {TRANSLATION_NOTE[lang]}
      </figcaption>
    </figure>
  );
}
