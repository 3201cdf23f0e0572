/**
 * The generic layer: guidance in any field a person types into on the three
 * sites, when the site's adapter does not recognise it (a redesign renamed the
 * hooks the adapter keys on). It relies on what editors must expose to work
 * at all (editability, ARIA roles, labels), never on a site's names:
 *
 * - a `<textarea>`, or a text `<input>` that is not a search, login or
 *   password field;
 * - a contenteditable editing host with a textbox (or combobox) role, or
 *   inside a form-like container (form, dialog), or with a button near it
 *   (a composer and its send control).
 *
 * The surface is inferred (labels in English and French, then the page's
 * structure, then the site's likeliest one); the identity is whatever the
 * site's adapter can still read from the page. No submit control is known:
 * review before posting works only by the site's Ctrl/Cmd+Enter, where it has
 * one, and a click is never stopped.
 */
import type { Surface } from '../types';
import { elementOf, followsPost, isEnterKey } from './dom';
import { readEditableText } from './text';
import type { ComposeBox, SiteAdapter } from './types';

// Words of labels and names, in English and French.
const SEARCH = /search|query|recherch|filtr/i;
const LOGIN = /pass|login|log-in|sign-?in|user|e-?mail|courriel|otp|one-time|verif|captcha|code|identifiant/i;
const LOGIN_AUTOCOMPLETE = /username|email|password|one-time-code|tel|url/;
const REPLY = /\brepl|répon|respon/i;
const COMMENT = /comment/i;
const MESSAGE = /\bmessage/i;
// Containers a search or login field lives in; form-like containers a compose box lives in.
const SEARCH_SCOPE = '[role="search"], search';
const FORM_LIKE = 'form, [role="form"], [role="dialog"]';
const ARTICLE = 'article, [role="article"]';
const BUTTON = 'button, [role="button"]';

/** Label-like text of a field: what a person reads to know what the field is for. */
function labelOf(el: Element): string {
  let text = '';
  for (const a of ['aria-label', 'aria-placeholder', 'placeholder', 'title', 'name', 'id']) {
    text += ` ${el.getAttribute(a) ?? ''}`;
  }
  const by = el.getAttribute('aria-labelledby') ?? el.getAttribute('aria-describedby');
  for (const id of by?.split(/\s+/) ?? []) text += ` ${el.ownerDocument.getElementById(id)?.textContent ?? ''}`;
  return text;
}

/** The editing host of `node`: the field itself, or the outermost contenteditable around it. */
export function editingHost(node: Node | null | undefined): HTMLElement | null {
  const el = elementOf(node);
  if (!el) return null;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el as HTMLElement;
  let host: Element | null = null;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const ce = a.getAttribute('contenteditable');
    if (ce === null) continue;
    if (ce.toLowerCase() === 'false') break; // a non-editable island (a mention) ends the editable
    host = a;
  }
  return host as HTMLElement | null;
}

/** True when `host` is a field a person writes a post, reply, comment or message in. */
export function isComposeField(host: HTMLElement): boolean {
  const tag = host.tagName;
  const role = host.getAttribute('role');
  if (host.closest(SEARCH_SCOPE) || role === 'searchbox' || SEARCH.test(labelOf(host))) return false;
  // A field of a login form: its form has a password field.
  if (host.closest('form')?.querySelector('input[type="password"]')) return false;
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    const f = host as HTMLInputElement;
    if (f.disabled || f.readOnly) return false;
    if (tag === 'TEXTAREA') return true;
    const type = (host.getAttribute('type') ?? 'text').toLowerCase();
    return (
      type === 'text' &&
      role !== 'combobox' &&
      !LOGIN_AUTOCOMPLETE.test(host.getAttribute('autocomplete') ?? '') &&
      !LOGIN.test(labelOf(host))
    );
  }
  if (role === 'textbox' || role === 'combobox' || host.closest(FORM_LIKE)) return true;
  // A composer: the field and its send control share a close ancestor.
  let a: Element | null = host;
  for (let i = 0; i < 4 && (a = a.parentElement); i++) {
    for (const b of Array.from(a.querySelectorAll(BUTTON))) if (!host.contains(b)) return true;
  }
  return false;
}

/** The likeliest surface of a field: its labels, then the page around it, then the site's default. */
export function inferSurface(host: HTMLElement, fallback: Surface): Surface {
  const label = labelOf(host);
  if (REPLY.test(label)) return 'reply';
  if (COMMENT.test(label)) return 'comment';
  if (MESSAGE.test(label)) return 'message';
  const dialog = host.closest('[role="dialog"]');
  // A dialog that shows a post above the box is a reply to it; else it composes a post.
  if (dialog) return dialog.querySelector(ARTICLE) ? 'reply' : 'post';
  if (host.closest(ARTICLE)) return 'comment';
  return followsPost(host) ? 'reply' : fallback;
}

const layers = new WeakMap<SiteAdapter, SiteAdapter>();

/**
 * The generic layer on `site`: a SiteAdapter for fields the site's own adapter
 * does not recognise. It finds no box by itself (`findComposeBoxes` is empty):
 * the controller asks `boxFor` about the field a person types into.
 */
export function genericAdapter(site: SiteAdapter): SiteAdapter {
  let layer = layers.get(site);
  if (layer) return layer;
  const hints = site.generic;
  layer = {
    site: site.site,
    matches: (url) => site.matches(url),
    findComposeBoxes: () => [],
    boxFor(node) {
      const host = editingHost(node);
      if (!host || hints.excludes?.(host) || !isComposeField(host)) return null;
      const inline = host.tagName === 'TEXTAREA' || host.tagName === 'INPUT';
      const anchor = (inline ? host : host.parentElement) ?? host;
      const surface = inferSurface(host, hints.surface);
      return { site: site.site, element: host, surface, anchor, generic: true } satisfies ComposeBox;
    },
    readText: (box) => readEditableText(box.element),
    findSubmit: () => null,
    isKeyboardSubmit: (event) => hints.ctrlEnterPosts && isEnterKey(event) && (event.ctrlKey || event.metaKey),
    identity(doc, box) {
      try {
        return site.identity(doc, box);
      } catch {
        return null;
      }
    },
    generic: hints,
  };
  layers.set(site, layer);
  return layer;
}
