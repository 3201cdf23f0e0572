/**
 * The privacy-breach card (lib/breach/card.ts): what to do now and whom to
 * report to, in the words the background built, so the content script
 * carries none of its own. "Post anyway" shows it; a moderator's mark can
 * show the same card. It sits in a corner like the reminder, takes focus so
 * it is read out, keeps line breaks (the contact's lines), and closes with
 * its button or Escape. It never blocks anything.
 */
import type { BreachCard as Card } from '@/lib/breach/card';

export interface BreachCardProps {
  card: Card;
  /** The bundled policy page at `card.anchor`. */
  policyUrl: string;
  onClose(): void;
}

export function BreachCard({ card, policyUrl, onClose }: BreachCardProps) {
  const [intro, steps, reportTo] = card.body;
  return (
    <section
      ref={(el) => el?.focus()}
      class="pw-reminder pw-breach"
      role="dialog"
      aria-label={card.title}
      lang={card.lang}
      tabIndex={-1}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h2>{card.title}</h2>
      <p>{intro}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>{reportTo}</p>
      <blockquote class="pw-reminder-quote">
        {card.quote}{' '}
        <a href={policyUrl} target="_blank">
          {card.readPolicy}
        </a>
      </blockquote>
      <div class="pw-reminder-actions">
        <button type="button" onClick={onClose}>
          {card.close}
        </button>
      </div>
    </section>
  );
}
