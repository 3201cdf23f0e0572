/**
 * The mark beside a comment a moderator may want to look at: small and quiet. One line says that
 * the comment may need moderation and the main concern, with "Why" and "Dismiss"; "Why" opens,
 * for each reason, the concern, the terms of use's reason in plain words and what to do on this
 * site. A mark about personal information offers the privacy-breach card. A partisan comment
 * only gets an informational note, never a removal suggestion. Nothing is done to the comment.
 */
import { useState } from 'preact/hooks';
import { pick, type Strings } from '@/lib/i18n';
import type { ReasonAdvice } from '@/lib/moderation/advice';
import type { Lang } from '@/lib/types';
import { MARK_STRINGS } from './strings';

export interface ModerationMarkProps {
  lang: Lang;
  /** One entry per reason, the most serious first (lib/moderation/advice.ts). */
  advice: ReasonAdvice[];
  onDismiss(): void;
  /** Opens the privacy-breach card; shown only for personal information. */
  onBreach?(): void;
  /** Tests: another set of strings. */
  strings?: Strings<keyof (typeof MARK_STRINGS)['en']>;
}

/**
 * The details' id, for the Why button's aria-controls: the same in every mark, each mark being in
 * a shadow root of its own (so that a copy of a mark's DOM is what Preact would draw for it).
 */
const DETAILS_ID = 'pw-mod-details';

export function ModerationMark({ lang, advice, onDismiss, onBreach, strings = MARK_STRINGS }: ModerationMarkProps) {
  const t = pick(strings, lang);
  const [open, setOpen] = useState(false);
  const id = DETAILS_ID;
  const [first] = advice;
  if (!first) return null;
  const informational = advice.every((a) => a.reason === 'partisan');
  const label = informational ? t('info') : t('label');
  return (
    <div
      class={`pw-mod${informational ? ' pw-mod-info' : ''}`}
      role="group"
      aria-label={label}
      lang={lang}
      data-reasons={advice.map((a) => a.reason).join(' ')}
    >
      <div class="pw-mod-line">
        <span class="pw-mod-flag" aria-hidden="true">
          {informational ? 'ℹ' : '⚑'}
        </span>
        <span class="pw-mod-concern">
          {first.concern}
          {advice.length > 1 ? ` ${t('more', { count: advice.length - 1 })}` : ''}
        </span>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('hide') : t('why')}
        </button>
        <button type="button" aria-label={t('dismissLabel')} onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      {open && (
        <div id={id} class="pw-mod-details">
          {advice.map((a) => (
            <div key={a.reason} class="pw-mod-reason" data-reason={a.reason}>
              <p>
                <strong>{a.concern}</strong> {a.terms}
              </p>
              <p>{a.action}</p>
            </div>
          ))}
          {onBreach && advice.some((a) => a.reason === 'personal-info') && (
            <button type="button" class="pw-mod-breach" onClick={onBreach}>
              {t('breach')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
