/** Postwise in Firefox ESR: the background answers, settings come from managed storage. */
import { launch, type Session } from './harness';

let session: Session;
afterEach(async () => {
  await session?.close();
});

test('the background evaluates a draft sent from an extension page', async () => {
  session = await launch();
  const page = await session.openExtensionPage('popup.html');
  const findings = (await page.evaluate(async () => {
    const answer = (await (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({
      type: 'evaluate',
      text: 'Vote Liberal on election day. Text me at 902 555 0148.',
      context: { account: 'personal', site: 'x', surface: 'post', at: '2026-11-28T20:00:00-04:00' },
    })) as { findings: Array<{ rule: string }> };
    return answer.findings.map((f) => f.rule).sort();
  })) as string[];
  expect(findings).toEqual(['partisan', 'personal-info']);
});

test('managed storage from the per-user manifest reaches the settings, and an invalid value is reported', async () => {
  session = await launch({
    managed: {
      commsContact: {
        name: 'Jane Doe',
        title: 'Communications Director',
        phone: '902-555-0100',
        email: 'not-an-email',
      },
      department: 'Agriculture',
      reviewBeforePosting: false,
    },
  });
  const page = await session.openExtensionPage('popup.html');
  const answer = (await page.evaluate(async () =>
    (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'settings' }),
  )) as {
    settings: { department: string; reviewBeforePosting: boolean; commsContact: { name: string } };
    problems: Array<{ key: string }>;
  };
  expect(answer.settings.department).toBe('Agriculture');
  expect(answer.settings.reviewBeforePosting).toBe(false);
  // The contact's email is invalid: the whole contact falls back to its default, and the problem is reported.
  expect(answer.settings.commsContact.name).toBe('');
  expect(answer.problems.map((p) => p.key)).toContain('commsContact');
});
