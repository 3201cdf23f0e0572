// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { ModerationMark } from '@/components/moderation/ModerationMark';
import { moderationAdvice } from '@/lib/moderation/advice';
import type { ModerationReason } from '@/lib/moderation/types';
import type { Lang, Site } from '@/lib/types';

function show(
  reasons: ModerationReason[],
  { lang = 'en', site = 'facebook', breach = true } = {} as { lang?: Lang; site?: Site; breach?: boolean },
) {
  const onDismiss = vi.fn();
  const onBreach = vi.fn();
  render(
    <ModerationMark
      lang={lang}
      advice={moderationAdvice(reasons, site, lang)}
      onDismiss={onDismiss}
      onBreach={breach ? onBreach : undefined}
    />,
  );
  return { onDismiss, onBreach };
}

test('one quiet line: the main concern, how many more, Why and Dismiss; details closed', () => {
  show(['profanity', 'threat']);
  const group = screen.getByRole('group', { name: 'Postwise: this comment may need moderation' });
  // The most serious first, whatever the order given.
  expect(group.textContent).toContain('A threat or a call to violence +1');
  const why = screen.getByRole('button', { name: 'Why' });
  expect(why.getAttribute('aria-expanded')).toBe('false');
  expect(screen.getByRole('button', { name: 'Dismiss this mark: the comment needs nothing' })).toBeTruthy();
  expect(group.textContent).not.toContain('terms of use');
});

test('Why opens the terms of use’s reason and what to do on this site, for each reason', () => {
  show(['threat', 'profanity'], { site: 'youtube' });
  const why = screen.getByRole('button', { name: 'Why' });
  fireEvent.click(why);
  expect(why.getAttribute('aria-expanded')).toBe('true');
  const details = document.getElementById(why.getAttribute('aria-controls')!)!;
  const reasons = Array.from(details.querySelectorAll('[data-reason]'));
  expect(reasons.map((r) => r.getAttribute('data-reason'))).toEqual(['threat', 'profanity']);
  expect(reasons[0]!.textContent).toContain('violent content');
  expect(reasons[0]!.textContent).toContain('911');
  expect(reasons[1]!.textContent).toContain('On YouTube');
  fireEvent.click(screen.getByRole('button', { name: 'Hide details' }));
  expect(document.getElementById(why.getAttribute('aria-controls')!)).toBeNull();
});

test('Dismiss tells the scanner; nothing else happens to the comment', () => {
  const { onDismiss, onBreach } = show(['spam']);
  fireEvent.click(screen.getByRole('button', { name: /Dismiss this mark/ }));
  expect(onDismiss).toHaveBeenCalledOnce();
  expect(onBreach).not.toHaveBeenCalled();
});

test('personal information offers the privacy-breach card; other reasons do not', () => {
  const { onBreach } = show(['personal-info']);
  fireEvent.click(screen.getByRole('button', { name: 'Why' }));
  expect(screen.getByRole('group').textContent).toContain('private message');
  fireEvent.click(screen.getByRole('button', { name: 'It may be a privacy breach: what to do' }));
  expect(onBreach).toHaveBeenCalledOnce();
  document.body.innerHTML = '';
  show(['abuse']);
  fireEvent.click(screen.getByRole('button', { name: 'Why' }));
  expect(screen.queryByRole('button', { name: /privacy breach/ })).toBeNull();
});

test('a partisan comment is only for information: no removal suggested', () => {
  show(['partisan']);
  const group = screen.getByRole('group', { name: 'Postwise: for your information' });
  fireEvent.click(screen.getByRole('button', { name: 'Why' }));
  expect(group.textContent).toContain('Nothing to remove');
  expect(group.textContent).not.toMatch(/Hide comment|Delete/);
});

test('in French', () => {
  const { onDismiss } = show(['harassment'], { lang: 'fr', site: 'x' });
  const group = screen.getByRole('group', { name: 'Postwise : ce commentaire pourrait demander une modération' });
  expect(group.getAttribute('lang')).toBe('fr');
  fireEvent.click(screen.getByRole('button', { name: 'Pourquoi' }));
  expect(group.textContent).toContain('Sur X');
  fireEvent.click(screen.getByRole('button', { name: 'Ignorer cette marque : le commentaire ne demande rien' }));
  expect(onDismiss).toHaveBeenCalledOnce();
});
