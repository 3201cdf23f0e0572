/** Per rule: on or off, and its severity (the rule's own by default). */
import { RULE_CATALOGUE, RULE_IDS, type RuleId } from '@/lib/rules/ids';
import { CHOICE_LABELS } from '@/lib/settings/labels';
import type { RuleSettings } from '@/lib/settings/schema';
import type { Lang, Severity } from '@/lib/types';
import { pick, type Strings } from '@/lib/i18n';

const STRINGS: Strings<'rule' | 'on' | 'severity' | 'default'> = {
  en: { rule: 'Rule', on: 'On', severity: 'Severity', default: 'The rule’s own' },
  fr: { rule: 'Règle', on: 'Activée', severity: 'Niveau', default: 'Celui de la règle' },
};

const SEVERITIES: Severity[] = ['high', 'warning', 'info'];

/** A table of the rules with a checkbox and a severity choice each. */
export function RulesEditor({
  value,
  onChange,
  lang,
}: {
  value: unknown;
  onChange: (v: RuleSettings) => void;
  lang: Lang;
}) {
  const t = pick(STRINGS, lang);
  const rules = (value ?? {}) as RuleSettings;
  const update = (id: RuleId, patch: { enabled?: boolean; severity?: Severity | undefined }) => {
    const entry = { ...rules[id], ...patch };
    if (entry.enabled !== false) delete entry.enabled;
    if (!entry.severity) delete entry.severity;
    const next = { ...rules };
    if (Object.keys(entry).length) next[id] = entry;
    else delete next[id];
    onChange(next);
  };
  return (
    <table class="rules">
      <thead>
        <tr>
          <th scope="col">{t('rule')}</th>
          <th scope="col">{t('on')}</th>
          <th scope="col">{t('severity')}</th>
        </tr>
      </thead>
      <tbody>
        {RULE_IDS.map((id) => {
          const name = RULE_CATALOGUE[id].title[lang];
          return (
            <tr key={id}>
              <th scope="row">
                {name} <code>{id}</code>
              </th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${name}: ${t('on')}`}
                  checked={rules[id]?.enabled !== false}
                  onChange={(e) => update(id, { enabled: e.currentTarget.checked })}
                />
              </td>
              <td>
                <select
                  aria-label={`${name}: ${t('severity')}`}
                  value={rules[id]?.severity ?? ''}
                  onChange={(e) =>
                    update(id, { severity: (e.currentTarget.value || undefined) as Severity | undefined })
                  }
                >
                  <option value="">{t('default')}</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {CHOICE_LABELS[s]![lang]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
