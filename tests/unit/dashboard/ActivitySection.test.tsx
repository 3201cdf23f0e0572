// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ActivitySection } from '@/components/dashboard/ActivitySection';
import { summarize } from '@/lib/log/dashboard';
import type { Send } from '@/components/dashboard/send';
import type { Request } from '@/lib/messaging';
import type { NewLogRow } from '@/lib/log/schema';

const today = '2026-11-24';
const base: Omit<NewLogRow, 'day' | 'action'> = { at: 0, site: 'x', account: 'personal', rules: [], severities: [] };
const rows: NewLogRow[] = [
  { ...base, day: today, action: 'activity', seconds: 600, workTime: true },
  { ...base, day: '2026-11-23', action: 'activity', seconds: 1500, workTime: true },
  { ...base, day: today, action: 'guidance-shown', rules: ['partisan', 'personal-info'], severities: ['high', 'high'] },
  { ...base, day: today, action: 'guidance-shown', rules: ['partisan'], severities: ['high'] },
  { ...base, day: today, action: 'review-posted-anyway', rules: ['partisan'], severities: ['high'] },
  { ...base, day: today, action: 'fix-applied', rules: ['personal-info'], severities: ['high'] },
];

function fakeSend(overrides: Partial<Record<Request['type'], unknown>> = {}) {
  const calls: Request[] = [];
  const send = (async (req: Request) => {
    calls.push(req);
    if (req.type in overrides) return overrides[req.type];
    switch (req.type) {
      case 'dashboard-data':
        return { ok: true, data: summarize(rows, today), retentionDays: 90 };
      case 'export-log':
        return {
          ok: true,
          data: req.format === 'csv' ? 'id,at\r\n' : '{}',
          mime: 'text/csv',
          filename: `log.${req.format}`,
        };
      case 'clear-log':
        return { ok: true };
      default:
        return { ok: false };
    }
  }) as Send;
  return { send, calls };
}

describe('ActivitySection', () => {
  test('draws three charts, each with a table for screen readers', async () => {
    const { send } = fakeSend();
    const { container } = render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    await screen.findByText('Personal social media during work hours');
    expect(container.querySelectorAll('figure svg')).toHaveLength(3);
    for (const svg of container.querySelectorAll('figure svg'))
      expect(svg.closest('[aria-hidden="true"]')).not.toBeNull();
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(3);
    const minutes = tables[0]!;
    expect(within(minutes).getAllByRole('row')).toHaveLength(29); // header + 28 days
    expect(within(minutes).getByText('25')).toBeTruthy(); // 1,500 s on the 23rd
    const rules = tables[1]!;
    expect(within(rules).getByText('Partisan content').closest('tr')?.textContent).toContain('2');
    const outcomes = tables[2]!;
    expect(within(outcomes).getByText('Posted anyway').closest('tr')?.textContent).toContain('1');
    expect(within(outcomes).getByText('Fix applied').closest('tr')?.textContent).toContain('1');
    // 28 columns in the minutes chart.
    expect(container.querySelectorAll('figure')[0]!.querySelectorAll('rect')).toHaveLength(28);
  });

  test('exports JSON and CSV through the background and saves the file', async () => {
    const { send, calls } = fakeSend();
    const save = vi.fn();
    render(<ActivitySection lang="en" api={{ send }} save={save} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('id,at\r\n', 'log.csv', 'text/csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(calls.filter((c) => c.type === 'export-log').map((c) => (c as { format: string }).format)).toEqual([
      'csv',
      'json',
    ]);
  });

  test('clears only after confirmation; Cancel keeps everything', async () => {
    const { send, calls } = fakeSend();
    render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear activity log…' }));
    expect(screen.getByText(/cannot be undone/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.type === 'clear-log')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Clear activity log…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('Your activity log is empty.');
    expect(calls.filter((c) => c.type === 'clear-log')).toHaveLength(1);
    expect(calls.filter((c) => c.type === 'dashboard-data')).toHaveLength(2); // reloaded
  });

  test('says why when the log cannot be read or written', async () => {
    const { send } = fakeSend({
      'dashboard-data': { ok: false, reason: 'storage unavailable' },
      'export-log': { ok: false, reason: 'storage full' },
    });
    render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('storage unavailable');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await screen.findByText('That did not work (storage full).');
  });

  test('names the sites where the generic layer had to take over, and is silent otherwise', async () => {
    const { send } = fakeSend();
    const first = render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    await screen.findByText('Personal social media during work hours');
    expect(screen.queryByTestId('generic-recognition')).toBeNull();
    first.unmount();

    const takeover = { ...base, day: today, action: 'generic-takeover' as const };
    const { send: withTakeover } = fakeSend({
      'dashboard-data': { ok: true, data: summarize([...rows, takeover, takeover], today), retentionDays: 90 },
    });
    render(<ActivitySection lang="fr" api={{ send: withTakeover }} save={vi.fn()} />);
    const note = await screen.findByTestId('generic-recognition');
    expect(note.textContent).toContain('reconnues de façon générale seulement');
    expect(within(note).getByText('X', { selector: 'th' }).closest('tr')?.textContent).toBe(`X2${today}`);
  });

  test('speaks French', async () => {
    const { send } = fakeSend();
    render(<ActivitySection lang="fr" api={{ send }} save={vi.fn()} />);
    await screen.findByText('Conseils par règle', { selector: 'strong' });
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeTruthy();
    expect(screen.getByText('Contenu partisan', { selector: 'th' })).toBeTruthy();
  });
});

describe('the moderation summary beside the charts', () => {
  const marked = (day: string, reasons: NewLogRow['reasons'], workTime = true): NewLogRow => ({
    ...base,
    account: 'official',
    day,
    action: 'moderation-marked',
    reasons,
    workTime,
  });
  const withModeration = [
    ...rows,
    marked(today, ['threat', 'profanity']),
    marked(today, ['profanity']),
    marked('2026-11-20', ['personal-info'], false),
  ];

  test('comments marked by reason and by day, with tables, and no text', async () => {
    const { send } = fakeSend({
      'dashboard-data': { ok: true, data: summarize(withModeration, today), retentionDays: 90 },
    });
    const { container } = render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    const summary = await screen.findByTestId('moderation-summary');
    expect(summary.querySelector('figcaption strong')?.textContent).toBe('Comments marked for moderation');
    expect(summary.textContent).toContain(
      '3 comments on official accounts’ pages in the last four weeks (2 in work hours)',
    );
    expect(container.querySelectorAll('figure svg')).toHaveLength(5);
    const [byReason, byDay] = within(summary).getAllByRole('table');
    expect(within(byReason!).getByText('Profane language').closest('tr')?.textContent).toContain('2');
    expect(within(byReason!).getByText('A threat or a call to violence').closest('tr')?.textContent).toContain('1');
    expect(within(byDay!).getAllByRole('row')).toHaveLength(3); // header + the two days with marks
  });

  test('in French', async () => {
    const { send } = fakeSend({
      'dashboard-data': { ok: true, data: summarize(withModeration, today), retentionDays: 90 },
    });
    render(<ActivitySection lang="fr" api={{ send }} save={vi.fn()} />);
    const summary = await screen.findByTestId('moderation-summary');
    expect(summary.querySelector('figcaption strong')?.textContent).toBe('Commentaires signalés pour modération');
    expect(within(summary).getAllByRole('table')[0]!.textContent).toContain('Des renseignements personnels');
  });

  test('nothing when no comment was marked', async () => {
    const { send } = fakeSend();
    render(<ActivitySection lang="en" api={{ send }} save={vi.fn()} />);
    await screen.findByText('Personal social media during work hours');
    expect(screen.queryByTestId('moderation-summary')).toBeNull();
  });
});
