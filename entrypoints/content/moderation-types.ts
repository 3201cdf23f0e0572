/**
 * What the content script hands the moderation chunk (entrypoints/moderation.ts, loaded on
 * demand by ./moderation.ts), and what it gets back. Types only: nothing here weighs on the
 * content script's budget.
 */
import type { BreachCard } from '@/lib/breach/card';
import type { Responses } from '@/lib/messaging';
import type { Send } from '@/lib/compose/controller';
import type { Lang } from '@/lib/types';

/** The global the chunk sets when it runs (an unlisted script cannot export). */
export const CHUNK_GLOBAL = '__postwiseModeration';

export interface ModerationPageDeps {
  site: 'facebook' | 'x' | 'youtube';
  doc: Document;
  send: Send;
  settings: Responses['settings'];
  lang: Lang;
  /** mount.tsx's shadow root maker: the content script's stylesheet inside, keys kept in. */
  shadowUi(doc: Document, tag: string): { host: HTMLElement; container: HTMLElement };
  onBreach(card: BreachCard): void;
  report(where: string, error: unknown): void;
}

export interface ModerationPage {
  /** New settings or account choices: decide again. */
  update(settings: Responses['settings'], lang: Lang): void;
  /** The page navigated without reloading. */
  navigated(): void;
  stop(): void;
}

export type ModerationStart = (deps: ModerationPageDeps) => ModerationPage;
