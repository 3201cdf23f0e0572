/**
 * "Show reminders as browser notifications": asks for the optional
 * `notifications` permission in the click itself (browsers only grant it in a
 * user gesture) and saves `reminders.via`. Unticking gives the permission back.
 *
 *   <NotificationsToggle lang={lang} via={settings.reminders.via} locked={locked.includes('reminders')} />
 *
 * Without `onChange` it saves through the background (`set-user-settings`).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pick, type Strings } from '@/lib/i18n';
import type { Lang } from '@/lib/types';
import { runtimeSend, type Send } from './send';

type Via = 'banner' | 'notification';

/** The part of browser.permissions used here. */
export interface PermissionsApi {
  request(p: { permissions: string[] }): Promise<boolean>;
  remove(p: { permissions: string[] }): Promise<boolean>;
  contains(p: { permissions: string[] }): Promise<boolean>;
}

/** Props of NotificationsToggle. */
export interface NotificationsToggleProps {
  lang: Lang;
  /** The current `reminders.via` setting. */
  via: Via;
  /** True when a manager locked the `reminders` setting. */
  locked?: boolean;
  /** Saves the new value; default: `set-user-settings` with the other reminder fields kept. */
  onChange?: (via: Via) => Promise<unknown> | void;
  permissions?: PermissionsApi;
  /** Sends to the background (default: browser.runtime.sendMessage). */
  api?: { send: Send };
}

const STRINGS: Strings<'label' | 'hint' | 'denied' | 'missing' | 'locked'> = {
  en: {
    label: 'Show work-hours reminders as browser notifications',
    hint: 'Otherwise they appear as a small banner beside the guidance. Your browser asks for permission first.',
    denied: 'Permission was not given: reminders stay on the page.',
    missing: 'Notifications are not allowed any more: reminders appear on the page.',
    locked: 'Set by your organisation.',
  },
  fr: {
    label: 'Afficher les rappels des heures de travail comme notifications du navigateur',
    hint: "Sinon, ils s'affichent dans un petit bandeau à côté des conseils. Votre navigateur demande d'abord l'autorisation.",
    denied: "L'autorisation n'a pas été donnée : les rappels restent sur la page.",
    missing: "Les notifications ne sont plus autorisées : les rappels s'affichent sur la page.",
    locked: 'Défini par votre organisation.',
  },
};

const NOTIFICATIONS = { permissions: ['notifications'] };

/** Saves `reminders.via`, keeping the other reminder fields as they are. */
export async function saveReminderDelivery(send: Send, via: Via): Promise<boolean> {
  const current = await send({ type: 'settings' });
  const answer = await send({
    type: 'set-user-settings',
    values: { reminders: { ...current.settings.reminders, via } },
  });
  return answer.ok;
}

/** A checkbox choosing browser notifications (with the permission) or the in-page banner. */
export function NotificationsToggle(props: NotificationsToggleProps) {
  const t = pick(STRINGS, props.lang);
  const permissions = props.permissions ?? (browser.permissions as unknown as PermissionsApi);
  const send: Send = props.api ? (request) => props.api!.send(request) : runtimeSend;
  const [via, setVia] = useState<Via>(props.via);
  const [note, setNote] = useState('');
  useEffect(() => setVia(props.via), [props.via]);
  useEffect(() => {
    if (props.via !== 'notification') return;
    void permissions.contains(NOTIFICATIONS).then(
      (ok) => setNote(ok ? '' : t('missing')),
      () => undefined,
    );
  }, [props.via]);

  const save = (next: Via) => (props.onChange ? props.onChange(next) : saveReminderDelivery(send, next));

  const onToggle = async (box: HTMLInputElement) => {
    if (box.checked) {
      // First thing in the click: the request must stay inside the user gesture.
      const granted = await permissions.request(NOTIFICATIONS).catch(() => false);
      if (!granted) {
        box.checked = false;
        return setNote(t('denied'));
      }
      setVia('notification');
      setNote('');
      await save('notification');
    } else {
      setVia('banner');
      setNote('');
      await save('banner');
      await permissions.remove(NOTIFICATIONS).catch(() => false);
    }
  };

  return (
    <div class="pw-notifications-toggle">
      <label>
        <input
          type="checkbox"
          checked={via === 'notification'}
          disabled={props.locked}
          aria-describedby="pw-notifications-hint"
          onClick={(e) => void onToggle(e.currentTarget)}
        />{' '}
        {t('label')}
      </label>
      <p id="pw-notifications-hint" class="pw-muted">
        {props.locked ? t('locked') : t('hint')}
      </p>
      <p role="status" aria-live="polite">
        {note}
      </p>
    </div>
  );
}
