import { opensWelcome, parseWelcomeOpened } from '@/lib/welcome/first-run';
import { GUIDELINES_VERSION } from '@/lib/welcome/version';

const now = { version: GUIDELINES_VERSION, at: 1 };
const older = { version: '2010-09-01.1', at: 1 };

describe('when the welcome page opens on its own', () => {
  test('on install, once', () => {
    expect(opensWelcome('install', null, 'show')).toBe(true);
    expect(opensWelcome('install', now, 'show')).toBe(false);
  });

  test('after an update that changed the guidelines, or one that brought the first welcome page', () => {
    expect(opensWelcome('update', older, 'show')).toBe(true);
    expect(opensWelcome('update', null, 'require')).toBe(true);
    expect(opensWelcome('update', now, 'show')).toBe(false);
  });

  test('never on a browser update or restart, and never when the organisation turned it off', () => {
    for (const reason of ['browser_update', 'chrome_update', 'shared_module_update', 'startup']) {
      expect(opensWelcome(reason, null, 'show')).toBe(false);
    }
    expect(opensWelcome('install', null, 'off')).toBe(false);
    expect(opensWelcome('update', older, 'off')).toBe(false);
  });

  test('the stored record is read strictly', () => {
    expect(parseWelcomeOpened(now)).toEqual(now);
    expect(parseWelcomeOpened({ version: 1 })).toBeNull();
    expect(parseWelcomeOpened(undefined)).toBeNull();
  });
});
