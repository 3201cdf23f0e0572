/**
 * "Review before posting": shown when a submit with a high finding was
 * stopped. Edit (the default, also Escape) goes back to the draft; Post
 * anyway submits as the person meant. Focus starts on Edit and Tab stays
 * between the two choices.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { GuidanceItem } from '@/lib/compose/view';
import type { Translate } from './strings';

export interface ReviewPromptProps {
  id: string;
  items: GuidanceItem[];
  t: Translate;
  onEdit(): void;
  onPostAnyway(): void;
}

export function ReviewPrompt({ id, items, t, onEdit, onPostAnyway }: ReviewPromptProps) {
  const editRef = useRef<HTMLButtonElement>(null);
  const postRef = useRef<HTMLButtonElement>(null);
  // Before the next paint, so a key pressed right away already lands in the prompt.
  useLayoutEffect(() => editRef.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEdit();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const next = e.target === editRef.current ? postRef.current : editRef.current;
      next?.focus();
    }
  };

  return (
    <div
      class="review"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>{t('reviewTitle')}</h2>
      <p id={`${id}-intro`}>{t('reviewIntro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key} class={`sev-${item.severity}`}>
            <span class="chip">{t(item.severity)}</span> {item.message}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button ref={editRef} type="button" class="primary" onClick={onEdit}>
          {t('edit')}
        </button>
        <button ref={postRef} type="button" class="secondary" onClick={onPostAnyway}>
          {t('postAnyway')}
        </button>
      </div>
    </div>
  );
}
