/** The small button beside the compose box: the most serious severity and how many items to review. */
import type { Ref } from 'preact';
import type { Severity } from '@/lib/types';

export interface BadgeProps {
  severity: Severity;
  count: number;
  open: boolean;
  label: string;
  panelId: string;
  onToggle(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

const ICON: Record<Severity, string> = { high: '!', warning: '!', info: 'i' };

export function Badge({ severity, count, open, label, panelId, onToggle, buttonRef }: BadgeProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`badge sev-${severity}`}
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <span class="icon" aria-hidden="true">
        {ICON[severity]}
      </span>
      <span class="count" aria-hidden="true">
        {count}
      </span>
    </button>
  );
}
