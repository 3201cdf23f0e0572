/**
 * The tools official accounts are run from, with the main sites' scenarios
 * (tests/scenarios/guidance.ts, shared with Firefox): X Pro's deck (Draft.js
 * in a conversation column, served at pro.x.com), Meta Business Suite's
 * composer (Lexical on its combobox caption box, business.facebook.com) and
 * YouTube Studio's comment replies (a textarea, studio.youtube.com).
 */
import { test } from './fixtures';
import { openBox, play } from './scenarios';
import { BOXES, BUSINESS_SUITE_SCENARIOS, X_PRO_SCENARIOS, YOUTUBE_STUDIO_SCENARIOS } from '../scenarios/guidance';

const TOOLS = {
  'X Pro (Draft.js in a deck column)': X_PRO_SCENARIOS,
  'Meta Business Suite (Lexical caption box)': BUSINESS_SUITE_SCENARIOS,
  'YouTube Studio (comment reply)': YOUTUBE_STUDIO_SCENARIOS,
};

for (const [tool, scenarios] of Object.entries(TOOLS)) {
  test.describe(tool, () => {
    for (const scenario of scenarios) {
      test(scenario.name, async ({ serve, openPage }) => {
        await play(await openBox(BOXES[scenario.box], serve, openPage), scenario);
      });
    }
  });
}
