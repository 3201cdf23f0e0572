// @vitest-environment happy-dom
import { createWatcher } from '@/lib/compose/watcher';
import { xAdapter } from '@/lib/sites';
import type { ComposeBox } from '@/lib/sites';
import { fixture } from '../sites/load';

/** Lets the MutationObserver deliver its records. */
const records = () => new Promise((r) => setTimeout(r, 0));

function setup(html: string, burstLimit?: number, generic = new Set<HTMLElement>()) {
  document.body.innerHTML = html;
  const tracked = new Set<HTMLElement>();
  const frames: (() => void)[] = [];
  const find = vi.fn((root: ParentNode) => xAdapter.findComposeBoxes(root));
  const added: ComposeBox[] = [];
  const removed: HTMLElement[] = [];
  const watcher = createWatcher(document, {
    find,
    tracked: () => tracked,
    added: (b) => {
      added.push(b);
      tracked.add(b.element);
    },
    removed: (el) => {
      removed.push(el);
      tracked.delete(el);
    },
    isOwn: (n) => n.nodeName === 'POSTWISE-GUIDANCE',
    generic: (el) => generic.has(el),
    schedule: (cb) => frames.push(cb),
    burstLimit,
  });
  /** Runs the frames scheduled so far (one batched pass each). */
  const frame = () => frames.splice(0).forEach((cb) => cb());
  watcher.observe(document);
  frame();
  return { watcher, tracked, find, added, removed, frame, frames };
}

const DRAFT = (n: number) =>
  `<div data-testid="tweetTextarea_${n}" contenteditable="true" role="textbox"><div data-contents="true"></div></div>`;

test('finds the boxes there at start, then late ones, in one pass per frame', async () => {
  const { added, frame, frames, find } = setup(fixture('x-home-composer'));
  expect(added.map((b) => b.surface)).toEqual(['post']);
  const layers = document.getElementById('layers')!;
  layers.insertAdjacentHTML('beforeend', `<div role="dialog">${DRAFT(0)}</div>`);
  layers.insertAdjacentHTML('beforeend', `<div role="dialog">${DRAFT(1)}</div>`);
  await records();
  expect(frames).toHaveLength(1); // batched
  find.mockClear();
  frame();
  expect(added).toHaveLength(3); // several boxes at once
  expect(find).toHaveBeenCalledTimes(2); // only the added subtrees were searched
  expect(find.mock.calls.every(([root]) => root !== document)).toBe(true);
});

test('typing inside a followed box and our own nodes cost no pass', async () => {
  const { added, frames } = setup(fixture('x-home-composer'));
  const editor = added[0]!.element;
  editor.querySelector('[data-text="true"]')!.textContent = 'typing…';
  editor.firstElementChild!.append(document.createElement('div'));
  added[0]!.anchor.after(document.createElement('postwise-guidance'));
  await records();
  expect(frames).toHaveLength(0);
});

test('a removed box is dropped; a re-rendered box is dropped and found again', async () => {
  const { added, removed, frame } = setup(fixture('x-home-composer'));
  const old = added[0]!.element;
  const container = old.parentElement!;
  container.innerHTML = DRAFT(0); // React re-renders the editor
  await records();
  frame();
  expect(removed).toEqual([old]);
  expect(added).toHaveLength(2);
  expect(added[1]!.element).not.toBe(old);
  container.remove();
  await records();
  frame();
  expect(removed).toHaveLength(2);
});

test('a burst larger than the limit is not examined record by record: one full rescan', async () => {
  const { added, find, frame } = setup('<main id="m"></main>', 50);
  const main = document.getElementById('m')!;
  find.mockClear();
  for (let i = 0; i < 200; i++) main.append(document.createElement('div'));
  main.insertAdjacentHTML('beforeend', DRAFT(0));
  await records();
  frame();
  expect(find).toHaveBeenCalledTimes(1);
  expect(find).toHaveBeenCalledWith(document);
  expect(added).toHaveLength(1);
});

test('an element switched to contenteditable is found; rescan reconciles; dispose stops everything', async () => {
  const { watcher, added, removed, frame, frames } = setup(
    '<main><div data-testid="tweetTextarea_0" role="textbox"></div></main>',
  );
  expect(added).toHaveLength(0);
  document.querySelector('[role="textbox"]')!.setAttribute('contenteditable', 'true');
  await records();
  frame();
  expect(added).toHaveLength(1);
  // Navigation: the page keeps the element but it no longer matches; a rescan drops it.
  added[0]!.element.removeAttribute('data-testid');
  watcher.rescan();
  frame();
  expect(removed).toHaveLength(1);
  watcher.dispose();
  document.body.insertAdjacentHTML('beforeend', DRAFT(0));
  await records();
  expect(frames).toHaveLength(0);
});

test('a box the generic layer follows: kept by a rescan while on the page, offered again when the adapter finds it', async () => {
  const generic = new Set<HTMLElement>();
  const { watcher, tracked, added, removed, frame } = setup(
    '<main><div id="g" contenteditable="true" role="textbox"></div></main>',
    undefined,
    generic,
  );
  const field = document.getElementById('g')!;
  tracked.add(field); // typed into: the generic layer follows it
  generic.add(field);
  watcher.rescan();
  frame();
  expect(removed).toEqual([]); // the adapter's search cannot find it, and that is no reason to drop it
  field.setAttribute('data-testid', 'tweetTextarea_0'); // the adapter knows it again
  watcher.rescan();
  frame();
  expect(added.map((b) => b.element)).toEqual([field]); // offered to the controller, whose adapter box wins
  generic.delete(field);
  field.remove();
  await records();
  frame();
  expect(removed).toEqual([field]);
});

test('a list growing by many elements, a counter ticking: one look up the tree per target, none for text', async () => {
  document.body.innerHTML = '<main><ul id="list"></ul><span id="count">0</span></main>';
  const isOwn = vi.fn((n: Node) => n.nodeName === 'POSTWISE-GUIDANCE');
  const isHost = vi.fn((el: Element) => el.tagName === 'POSTWISE-GUIDANCE');
  const frames: (() => void)[] = [];
  const find = vi.fn(() => []);
  createWatcher(document, {
    find,
    tracked: () => [],
    added: () => undefined,
    removed: () => undefined,
    isOwn,
    isHost,
    schedule: (cb) => frames.push(cb),
  }).observe(document);
  frames.splice(0).forEach((cb) => cb());
  find.mockClear();
  const list = document.getElementById('list')!;
  for (let i = 0; i < 20; i++) list.append(document.createElement('li'));
  list.append(document.createElement('postwise-guidance'));
  for (let i = 0; i < 20; i++) document.getElementById('count')!.textContent = String(i);
  await records();
  expect(isOwn).toHaveBeenCalledTimes(1); // the list, once for its 21 records
  expect(isHost).toHaveBeenCalledTimes(21);
  frames.splice(0).forEach((cb) => cb());
  expect(find).toHaveBeenCalledTimes(20); // each new item searched, not our host, not the counter
});
