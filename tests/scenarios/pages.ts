/**
 * The pages both browsers' end-to-end suites serve at the sites' real
 * addresses: saved site fixtures (tests/fixtures/sites), plain fixture pages
 * (tests/fixtures/editors/*.html), and pages with real editor frameworks built
 * at test time: the sources in tests/fixtures/editors are bundled with esbuild
 * (Draft.js + React for X, Lexical for Facebook) and inlined into their HTML
 * shells. Nothing bundled is committed. No browser API here: Playwright
 * (tests/e2e) and puppeteer-core (tests/firefox) both import it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const DIR = join(ROOT, 'tests/fixtures/editors');
const cache = new Map<string, Promise<string>>();

/** A file under tests/fixtures, e.g. `sites/x-home-composer.html`. */
export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8');
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    // Both browsers run it: Chromium and Firefox ESR.
    target: ['chrome120', 'firefox115'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'error',
  });
  // An inline script must not contain its own end tag.
  return result.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
}

function shell(name: string, script: string): string {
  let html = readFileSync(join(DIR, name), 'utf8').replace('/*SCRIPT*/', () => script);
  if (html.includes('/*DRAFT_CSS*/')) {
    const css = readFileSync(join(ROOT, 'node_modules/draft-js/dist/Draft.css'), 'utf8');
    html = html.replace('/*DRAFT_CSS*/', () => css);
  }
  return html;
}

/** Each editor page: the script bundled into it, and its HTML shell (the site around the editor). */
const EDITOR_PAGES = {
  'x-draft': 'x-draft.tsx',
  // X Pro's deck: the same Draft.js composer in a conversation column (the shell says so).
  'x-pro-draft': 'x-draft.tsx',
  'fb-lexical': 'fb-lexical.ts',
  // Meta Business Suite's composer: Lexical on a combobox caption box.
  'fb-business': 'fb-lexical.ts',
} as const;

export type EditorName = keyof typeof EDITOR_PAGES;

/** An editor fixture page, ready to serve (the shell is tests/fixtures/editors/<name>.html). */
export function editorPage(name: EditorName): Promise<string> {
  let page = cache.get(name);
  if (!page) {
    page = bundle(EDITOR_PAGES[name]).then((js) => shell(`${name}.html`, js));
    cache.set(name, page);
  }
  return page;
}

/** A plain fixture page from tests/fixtures/editors (no bundling). */
export function plainPage(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/**
 * `html` after a redesign: every name in `renames` replaced by its new one,
 * in the markup and in the page's own scripts alike (the site renamed its
 * hooks consistently; its editor works as before).
 */
export function redesigned(html: string, renames: readonly (readonly [string, string])[]): string {
  return renames.reduce((page, [from, to]) => page.replaceAll(from, to), html);
}
