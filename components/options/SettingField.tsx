/**
 * One setting: its label, its help, its editor, and, when the organisation
 * manages it, "Set by your organisation" and why, with the editor disabled.
 */
import { FIELDS } from '@/lib/settings/fields';
import { nodeOf } from '@/lib/settings/introspect';
import type { SettingKey } from '@/lib/settings/schema';
import type { Lang } from '@/lib/types';
import { pick } from '@/lib/i18n';
import { SchemaEditor } from './SchemaEditor';
import { RulesEditor } from './RulesEditor';
import { LockedList } from './LockedList';
import type { LockReason } from './lock';
import { STRINGS } from './strings';

/** A setting as a fieldset; `disabled` when locked, with the reason shown. */
export function SettingField(props: {
  settingKey: SettingKey;
  value: unknown;
  onChange: (value: unknown) => void;
  lock: LockReason | null;
  lang: Lang;
}) {
  const { settingKey: key, value, onChange, lock, lang } = props;
  const t = pick(STRINGS, lang);
  const meta = FIELDS[key];
  const helpId = `help-${key}`;
  return (
    <fieldset class="setting" disabled={lock !== null} aria-describedby={helpId} data-testid={`setting-${key}`}>
      <legend>{meta.label[lang]}</legend>
      {lock === 'manager-only' ? (
        <p class="locked">{t('manager-only')}</p>
      ) : (
        lock && (
          <p class="locked" data-testid={`locked-${key}`}>
            <strong>{t('setByOrg')}</strong>: {t(lock)}
          </p>
        )
      )}
      <p class="help muted" id={helpId}>
        {meta.help[lang]}
      </p>
      {key === 'rules' ? (
        <RulesEditor value={value} onChange={onChange} lang={lang} />
      ) : key === 'locked' ? (
        <LockedList names={value as string[]} lang={lang} />
      ) : (
        <SchemaEditor node={nodeOf(key)} path={[key]} value={value} onChange={onChange} lang={lang} />
      )}
    </fieldset>
  );
}
