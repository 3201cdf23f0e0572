/**
 * YouTube, at https://www.youtube.com/watch?v=…: the comment box is a plain
 * contenteditable (tests/fixtures/editors/youtube-plain.html), and the live
 * chat runs in a same-origin frame (/live_chat), where the content script
 * must run too. The scenarios are shared with Firefox (tests/scenarios/guidance.ts).
 */
import { test } from './fixtures';
import { openBox, play } from './scenarios';
import { BOXES, YOUTUBE_SCENARIOS } from '../scenarios/guidance';

test.describe('YouTube (plain contenteditable, live chat frame)', () => {
  for (const scenario of YOUTUBE_SCENARIOS) {
    test(scenario.name, async ({ serve, openPage }) => {
      await play(await openBox(BOXES[scenario.box], serve, openPage), scenario);
    });
  }
});
