// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/preact';
import { PolicyPage } from '@/components/policy/PolicyPage';
import { parsePolicy } from '@/lib/policy/parse';
import { RULE_LIST } from '@/lib/rules';
import { SECTIONS } from '@/lib/rules/policy';
import policyText from '@/assets/social-media-policy.txt?raw';

test('every rule’s policy anchor is a section of the bundled policy page', () => {
  const { container } = render(<PolicyPage source={policyText} lang="en" />);
  for (const rule of RULE_LIST) {
    const target = container.querySelector(`[id="${rule.policy.anchor}"]`);
    expect(target, `${rule.id} → #${rule.policy.anchor}`).toBeTruthy();
    expect(target!.tagName).toMatch(/^H[2-5]$/);
  }
  for (const s of Object.values(SECTIONS)) expect(container.querySelector(`[id="${s.anchor}"]`), s.anchor).toBeTruthy();
});

test('the page renders the policy as headings, paragraphs and lists, as text', () => {
  const { container } = render(<PolicyPage source={policyText} lang="en" />);
  expect(container.querySelector('#authorization')!.textContent).toBe('AUTHORIZATION');
  expect(container.textContent).toContain(
    'you should report it to your manager, supervisor or Communications Director.',
  );
  expect(container.querySelectorAll('main ul li').length).toBeGreaterThan(30);
  expect(container.querySelector('em')!.textContent).toBe('Civil Service Act');
  // Markup in the text stays text.
  const { container: c2 } = render(<PolicyPage source={'Title\n<img src=x onerror=alert(1)> is text.'} lang="en" />);
  expect(c2.querySelector('img')).toBeNull();
  expect(c2.textContent).toContain('<img src=x onerror=alert(1)> is text.');
});

test('anchors are unique and stable', () => {
  const ids = parsePolicy(policyText).flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining(['definitions', 'policy-directives', 'professionalism', 'compliance']));
});

test('the French page names the sections in French and says the policy is in English', () => {
  const { container } = render(<PolicyPage source={policyText} lang="fr" />);
  expect(container.textContent).toContain('Le texte officiel de la politique est en anglais.');
  expect(container.querySelector('nav a[href="#authorization"]')!.textContent).toBe('Autorisation');
});

const SHARED = resolve(__dirname, '../../../../shared/policy/social-media-policy.txt');
test.skipIf(!existsSync(SHARED))('the bundled copy is the shared policy text', () => {
  expect(policyText).toBe(readFileSync(SHARED, 'utf8'));
});
