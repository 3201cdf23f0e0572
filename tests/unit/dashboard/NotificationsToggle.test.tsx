// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { NotificationsToggle, type PermissionsApi } from '@/components/dashboard/NotificationsToggle';

function permissions(grant: boolean): PermissionsApi & { granted: boolean } {
  const api = {
    granted: false,
    request: vi.fn(async () => (api.granted = grant)),
    remove: vi.fn(async () => !(api.granted = false)),
    contains: vi.fn(async () => api.granted),
  };
  return api;
}

describe('NotificationsToggle', () => {
  test('asks for the notifications permission in the click, then saves "notification"', async () => {
    const perms = permissions(true);
    const onChange = vi.fn();
    render(<NotificationsToggle lang="en" via="banner" permissions={perms} onChange={onChange} />);
    const box = screen.getByRole('checkbox') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(perms.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('notification'));
    expect(box.checked).toBe(true);
  });

  test('a refusal keeps the banner and says so', async () => {
    const perms = permissions(false);
    const onChange = vi.fn();
    render(<NotificationsToggle lang="en" via="banner" permissions={perms} onChange={onChange} />);
    const box = screen.getByRole('checkbox') as HTMLInputElement;
    fireEvent.click(box);
    await screen.findByText(/Permission was not given/);
    expect(onChange).not.toHaveBeenCalled();
    expect(box.checked).toBe(false);
  });

  test('unticking saves "banner" and gives the permission back', async () => {
    const perms = permissions(true);
    perms.granted = true;
    const onChange = vi.fn();
    render(<NotificationsToggle lang="en" via="notification" permissions={perms} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect(perms.remove).toHaveBeenCalledWith({ permissions: ['notifications'] }));
    expect(onChange).toHaveBeenCalledWith('banner');
  });

  test('without onChange it saves through the background, keeping the other reminder fields', async () => {
    const perms = permissions(true);
    const reminders = { enabled: true, afterMinutes: 30, capMinutes: 90, via: 'banner' };
    const send = vi.fn(async (req: { type: string }) =>
      req.type === 'settings' ? { settings: { reminders } } : { ok: true, problems: [] },
    );
    render(<NotificationsToggle lang="en" via="banner" permissions={perms} api={{ send: send as never }} />);
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith({
        type: 'set-user-settings',
        values: { reminders: { ...reminders, via: 'notification' } },
      }),
    );
  });

  test('locked by a manager: disabled, and says why', () => {
    render(<NotificationsToggle lang="fr" via="banner" locked permissions={permissions(true)} onChange={vi.fn()} />);
    expect((screen.getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Défini par votre organisation.')).toBeTruthy();
  });

  test('notices when the permission was taken away', async () => {
    render(<NotificationsToggle lang="en" via="notification" permissions={permissions(true)} onChange={vi.fn()} />);
    await screen.findByText(/not allowed any more/);
  });
});
