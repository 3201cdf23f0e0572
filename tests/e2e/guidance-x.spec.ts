/**
 * X, on a page that runs the real Draft.js (tests/fixtures/editors/x-draft.tsx)
 * served at https://x.com/home: the shared scenarios (tests/scenarios/guidance.ts:
 * guidance while typing, fixes through Draft's paste pathway with its
 * EditorState checked and undo, review before posting by click and by
 * Ctrl+Enter, keyboard), then the compose modal opened by a client-side
 * navigation.
 */
import { test, expect } from './fixtures';
import { guidance, rules, submits, typeInto } from './guidance-helpers';
import { openBox, play } from './scenarios';
import { BOXES, X_SCENARIOS } from '../scenarios/guidance';

test.describe('X (Draft.js)', () => {
  for (const scenario of X_SCENARIOS) {
    test(scenario.name, async ({ serve, openPage }) => {
      await play(await openBox(BOXES[scenario.box], serve, openPage), scenario);
    });
  }

  test('a client-side navigation opens the compose modal over the home composer: both get guidance', async ({
    serve,
    openPage,
  }) => {
    const page = await openBox(BOXES['x-home'], serve, openPage);
    await expect(page.locator('postwise-guidance')).toHaveCount(1);
    await page.evaluate(() => (window as unknown as { __openModal(): void }).__openModal());
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await expect(page.locator('postwise-guidance')).toHaveCount(2);
    const modalEditor = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    const modalHost = page.locator('[role="dialog"] postwise-guidance');
    await typeInto(page, modalEditor, 'Vote NDP, check https://www.nsndp.ca/platform');
    await expect(modalHost).toHaveAttribute('data-surface', 'post');
    // data-surface is there from the first render; the rules come after the typing pause.
    await expect.poll(() => rules(modalHost)).toEqual(expect.arrayContaining(['partisan', 'political-link']));
    await expect(guidance(page, 0)).toHaveAttribute('data-rules', ''); // the home composer is untouched
    await page.locator('[data-testid="tweetButton"]').click(); // no high finding: no review
    await expect.poll(() => submits(page)).toHaveLength(1);
  });
});
