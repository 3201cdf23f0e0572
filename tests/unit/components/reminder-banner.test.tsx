// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { ReminderBanner } from '@/components/guidance/ReminderBanner';

const reminder = {
  message: 'You have spent 20 minutes on personal social media during work hours today.',
  quote: "It's not appropriate for anybody to be regularly updating their Facebook status … when they're on the job.",
};

test('the reminder shows the policy words and offers Snooze for today and Close', () => {
  const onSnooze = vi.fn();
  const onClose = vi.fn();
  render(<ReminderBanner reminder={reminder} lang="en" onSnooze={onSnooze} onClose={onClose} />);
  expect(screen.getByRole('status', { name: 'Postwise reminder' })).toBeTruthy();
  expect(screen.getByText(reminder.quote)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Snooze for today' }));
  expect(onSnooze).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(onClose).toHaveBeenCalledTimes(1);
});

test('in French', () => {
  render(<ReminderBanner reminder={reminder} lang="fr" onSnooze={() => {}} onClose={() => {}} />);
  expect(screen.getByRole('button', { name: "Plus de rappel aujourd'hui" })).toBeTruthy();
  expect(screen.getByRole('status', { name: 'Rappel de Postwise' })).toBeTruthy();
});
