/**
 * Shows the privacy-breach card in a corner of the page. The background
 * answers it (and records that it was shown, without text) to the log event
 * of "Post anyway" on a draft with a high personal-information finding; the
 * words come from the background, so this costs only the card's markup. A
 * moderator's personal-information mark can show the same card from the
 * answer to `{type: 'breach-card', origin: 'moderation', …}`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BreachCard } from '@/components/guidance/BreachCard';
import type { BreachCard as Card } from '@/lib/breach/card';
import { corner } from './corner';

export function breachShower(ctx: ContentScriptContext, policyUrl: (anchor: string) => string) {
  const shown = corner(ctx, 'postwise-breach');
  return (card: Card) =>
    shown.show(<BreachCard card={card} policyUrl={policyUrl(card.anchor)} onClose={shown.close} />);
}
