/**
 * One group of settings with its own Save: the person edits a draft, and Save
 * sends only what changed (and what they may change) to the background, which
 * validates it against the one schema and answers what it refused, and why.
 */
import { useState } from 'preact/hooks';
import { FIELDS, GROUP_META, type GroupId } from '@/lib/settings/fields';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type SettingProblem } from '@/lib/settings/schema';
import type { UiApi } from '@/lib/ui/api';
import type { Lang } from '@/lib/types';
import { pick } from '@/lib/i18n';
import type { SettingsView } from '../common/useSettings';
import { settingLabel } from '../common/ProblemList';
import { SettingField } from './SettingField';
import { lockReason } from './lock';
import { STRINGS } from './strings';

type Draft = Partial<Record<SettingKey, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys of a group, in schema order. */
export function groupKeys(group: GroupId): SettingKey[] {
  return SETTING_KEYS.filter((k) => FIELDS[k].group === group);
}

/** A section of the options page. Remount it (by key) to drop the draft after the settings change. */
export function SettingsSection({
  api,
  view,
  group,
  lang,
}: {
  api: UiApi;
  view: SettingsView;
  group: GroupId;
  lang: Lang;
}) {
  const t = pick(STRINGS, lang);
  const keys = groupKeys(group);
  const editable = keys.filter((k) => lockReason(view, k) === null);
  // The draft belongs to the settings it started from: when they change (a save, a new policy), start again.
  const base = JSON.stringify([keys.map((k) => [view.settings[k], view.source[k]]), view.locked]);
  const [edits, setEdits] = useState<{ base: string; draft: Draft } | null>(null);
  const fresh = (): Draft => Object.fromEntries(keys.map((k) => [k, structuredClone(view.settings[k])]));
  const draft: Draft = edits?.base === base ? edits.draft : fresh();
  const change = (k: SettingKey, v: unknown) =>
    setEdits((prev) => ({ base, draft: { ...(prev?.base === base ? prev.draft : fresh()), [k]: v } }));
  // Kept as words' keys, so that the outcome follows a change of language.
  const [status, setStatus] = useState<{
    said: 'saved' | 'nothing' | 'notSaved';
    detail?: string;
    problems: SettingProblem[];
  } | null>(null);
  const save = async (values: Draft) => {
    const changed = Object.fromEntries(
      editable.filter((k) => !same(values[k], view.settings[k])).map((k) => [k, values[k]]),
    );
    if (!Object.keys(changed).length) return setStatus({ said: 'nothing', problems: [] });
    try {
      const answer = await api.send({ type: 'set-user-settings', values: changed });
      setStatus({ said: answer.ok ? 'saved' : 'notSaved', problems: answer.problems });
    } catch (e) {
      setStatus({ said: 'notSaved', detail: e instanceof Error ? e.message : String(e), problems: [] });
    }
  };
  const meta = GROUP_META[group];
  const id = `group-${group}`;
  return (
    <section aria-labelledby={id} data-testid={id} class="group">
      <h2 id={id}>{meta.label[lang]}</h2>
      <p class="muted">{meta.help[lang]}</p>
      <div key={base}>
        {keys.map((k) => (
          <SettingField
            key={k}
            settingKey={k}
            value={draft[k]}
            onChange={(v) => change(k, v)}
            lock={lockReason(view, k)}
            lang={lang}
          />
        ))}
      </div>
      {editable.length > 0 && (
        <div class="actions">
          <button type="button" class="primary" onClick={() => void save(draft)}>
            {t('save')}: {meta.label[lang]}
          </button>
          <button
            type="button"
            onClick={() => {
              const defaults = Object.fromEntries(editable.map((k) => [k, structuredClone(DEFAULT_SETTINGS[k])]));
              void save({ ...draft, ...defaults });
            }}
          >
            {t('defaults')}
          </button>
        </div>
      )}
      <div role="status" class="save-status">
        {status && (
          <>
            <p>
              {t(status.said)}
              {status.detail && ` ${status.detail}`}
            </p>
            {status.problems.length > 0 && (
              <ul>
                {status.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{settingLabel(p.key, lang)}</strong>:{' '}
                    {lang === 'fr' && p.messageFr ? p.messageFr : p.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
