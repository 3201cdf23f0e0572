/**
 * Marks the words that triggered a finding with the CSS Custom Highlight API:
 * the browser paints the ranges, so the site's editor DOM is never touched
 * (no wrapper spans for Draft.js or Lexical to fight over). Where the API is
 * missing, nothing is highlighted; the panel still lists every finding.
 */
import type { Severity } from '../types';

const NAMES: Record<Severity, string> = {
  high: 'postwise-high',
  warning: 'postwise-warning',
  info: 'postwise-info',
};

/** Wavy underlines in the policy's severity colours; `::highlight` styles must live in the page's document. */
const CSS_TEXT = `
::highlight(postwise-high){text-decoration:underline wavy #c62828;text-decoration-skip-ink:none;background-color:rgba(198,40,40,.12)}
::highlight(postwise-warning){text-decoration:underline wavy #b26a00;text-decoration-skip-ink:none;background-color:rgba(178,106,0,.10)}
::highlight(postwise-info){text-decoration:underline dotted #1565c0;text-decoration-skip-ink:none}
`;

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  readonly size: number;
}
interface RegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}

/** One marked span of a finding. */
export interface Mark {
  range: Range;
  severity: Severity;
}

/** The page's highlight registry, or null where the API is missing (feature detection). */
function registryOf(win: Window): { registry: RegistryLike; create: () => HighlightLike } | null {
  const w = win as unknown as { CSS?: { highlights?: RegistryLike }; Highlight?: new () => HighlightLike };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}

/** Paints marks for the compose boxes of one document. */
export interface Highlighter {
  /** True when this browser can paint highlights. */
  readonly supported: boolean;
  /** Replaces `owner`'s marks (each box owns its own). */
  set(owner: object, marks: Mark[]): void;
  /** Removes `owner`'s marks. */
  clear(owner: object): void;
  /** Removes every mark, the highlights and the style sheet (teardown). */
  dispose(): void;
}

/**
 * Shared by every compose box of a document: the three named highlights hold
 * the union of every box's marks.
 */
export function createHighlighter(win: Window): Highlighter {
  const api = registryOf(win);
  const highlights = new Map<Severity, HighlightLike>();
  const owned = new Map<object, Mark[]>();
  const doc = win.document;
  let sheet: CSSStyleSheet | null = null;

  const highlight = (severity: Severity): HighlightLike => {
    let h = highlights.get(severity);
    if (!h) {
      h = api!.create();
      highlights.set(severity, h);
      api!.registry.set(NAMES[severity], h);
    }
    return h;
  };
  // A constructed sheet adopted by the document: no <style> element is added to the page.
  // Checked each time: a site that reassigns its own adopted sheets drops ours.
  const installStyles = () => {
    try {
      if (!sheet) {
        sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
        sheet.replaceSync(CSS_TEXT);
      }
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // No constructable sheets: highlights stay registered but unstyled.
    }
  };
  const clear = (owner: object) => {
    for (const m of owned.get(owner) ?? []) highlights.get(m.severity)?.delete(m.range);
    owned.delete(owner);
  };

  return {
    supported: api !== null,
    set(owner, marks) {
      if (!api) return;
      clear(owner);
      if (!marks.length) return;
      installStyles();
      for (const m of marks) highlight(m.severity).add(m.range);
      owned.set(owner, marks);
    },
    clear,
    dispose() {
      owned.clear();
      if (api) for (const name of Object.values(NAMES)) api.registry.delete(name);
      highlights.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}
