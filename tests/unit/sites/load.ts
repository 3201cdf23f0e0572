/** Test helpers: load a saved fixture from tests/fixtures/sites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// import.meta.dirname, not new URL(): happy-dom replaces the global URL class
const FIXTURES = join(import.meta.dirname, '../../fixtures/sites');

/** The raw HTML of `tests/fixtures/sites/<name>.html`. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
}

/** Replaces the current document's body with the fixture and returns `document`. */
export function loadFixture(name: string): Document {
  document.body.innerHTML = fixture(name);
  return document;
}

/** The fixture parsed as its own document (e.g. a live chat iframe document). */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixture(name), 'text/html');
}

/** A keydown event with the given key and modifiers. */
export function key(init: KeyboardEventInit & { key?: string } = {}): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
}
