/** One entry of the panel: what was found, the policy's own words, the suggestion and the fix. */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { GuidanceItem } from '@/lib/compose/view';
import type { Translate } from './strings';

export interface FindingItemProps {
  item: GuidanceItem;
  /** Position in the list, for unique ids inside the shadow root. */
  index: number;
  t: Translate;
  policyUrl: string;
  busy: boolean;
  onFix(): void;
}

export function FindingItem({ item, index, t, policyUrl, busy, onFix }: FindingItemProps) {
  const [expanded, setExpanded] = useState(false);
  const quoteId = `pw-quote-${index}`;
  return (
    <li class={`finding sev-${item.severity}`} data-rule={item.rule}>
      <p class="head">
        <span class="chip">{t(item.severity)}</span> <span class="message">{item.message}</span>
      </p>
      {item.excerpts.length > 0 && (
        <p class="excerpts">
          {t('triggeredBy')}{' '}
          {item.excerpts.map((x, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              <q>{x}</q>
            </Fragment>
          ))}
        </p>
      )}
      <button
        type="button"
        class="link"
        aria-expanded={expanded}
        aria-controls={quoteId}
        onClick={() => setExpanded(!expanded)}
      >
        {t('policyWords', { section: item.policyRef.section })}
      </button>
      {expanded && (
        <div id={quoteId} class="quote">
          <blockquote>{item.policyRef.quote}</blockquote>
          <a href={policyUrl} target="_blank" rel="noopener noreferrer">
            {t('readPolicy')}
          </a>
        </div>
      )}
      {item.suggestion && <p class="suggestion">{item.suggestion}</p>}
      {item.fix && (
        <button type="button" class="fix" disabled={busy} onClick={onFix}>
          {item.fix.label}
        </button>
      )}
    </li>
  );
}
