/**
 * Facebook, on a page that runs the real Lexical
 * (tests/fixtures/editors/fb-lexical.ts) served at https://www.facebook.com/:
 * the shared scenarios (tests/scenarios/guidance.ts) for the "Create post"
 * dialog and a comment box where Enter posts and Facebook clears the editor.
 */
import { test } from './fixtures';
import { openBox, play } from './scenarios';
import { BOXES, FACEBOOK_SCENARIOS } from '../scenarios/guidance';

test.describe('Facebook (Lexical)', () => {
  for (const scenario of FACEBOOK_SCENARIOS) {
    test(scenario.name, async ({ serve, openPage }) => {
      await play(await openBox(BOXES[scenario.box], serve, openPage), scenario);
    });
  }
});
