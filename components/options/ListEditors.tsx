/**
 * Editors for lists: text lines (one value per line), lists of small forms
 * with Add and Remove, the work days as checkboxes, and raw JSON for any shape
 * without a better editor.
 */
import { useRef, useState } from 'preact/hooks';
import { blankValue, unwrap } from '@/lib/settings/introspect';
import { PART_LABELS, WEEKDAYS } from '@/lib/settings/labels';
import { pick, type Strings } from '@/lib/i18n';
import { SchemaEditor, type EditorProps } from './SchemaEditor';
import { partLabel } from './labels';

const STRINGS: Strings<'add' | 'remove' | 'badJson'> = {
  en: { add: 'Add', remove: 'Remove', badJson: 'Not valid JSON yet: {error}' },
  fr: { add: 'Ajouter', remove: 'Retirer', badJson: 'JSON pas encore valide : {error}' },
};

/** One value per line; blank lines are dropped. */
export function LinesEditor({ value, onChange, label }: EditorProps & { label: string }) {
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join('\n') : ''));
  return (
    <label class="field">
      <span>{label}</span>
      <textarea
        rows={3}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(
            e.currentTarget.value
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean),
          );
        }}
      />
    </label>
  );
}

/** A list of small forms (official accounts, parties): each item with Remove, and Add at the end. */
export function ListEditor({ node, path, value, onChange, lang, label: listLabel }: EditorProps & { label: string }) {
  const t = pick(STRINGS, lang);
  // "Account 1", "Add: account": an item's own name when the list has one.
  const label = PART_LABELS[path.join('.')]?.[lang] ?? listLabel;
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const next = useRef(items.length);
  const [ids, setIds] = useState(() => items.map((_, i) => i));
  const itemNode = unwrap(node.item!);
  const add = () => {
    setIds([...ids, next.current++]);
    onChange([...items, blankValue(itemNode)]);
  };
  const remove = (index: number) => {
    setIds(ids.filter((_, i) => i !== index));
    onChange(items.filter((_, i) => i !== index));
  };
  return (
    <div class="list">
      {items.map((item, i) => (
        <fieldset key={ids[i] ?? i} class="item">
          <legend>
            {label} {i + 1}
          </legend>
          <SchemaEditor
            node={itemNode}
            path={path}
            value={item}
            onChange={(v) => onChange(items.map((x, j) => (j === i ? v : x)))}
            lang={lang}
          />
          <button type="button" onClick={() => remove(i)}>
            {t('remove')}: {label} {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={add}>
        {t('add')}: {label.toLowerCase()}
      </button>
    </div>
  );
}

/** Work days as seven checkboxes (ISO weekday numbers). */
export function DaysEditor({ value, onChange, lang, path }: EditorProps) {
  const days = Array.isArray(value) ? (value as number[]) : [];
  const toggle = (d: number, on: boolean) =>
    onChange(on ? [...days.filter((x) => x !== d), d].sort((a, b) => a - b) : days.filter((x) => x !== d));
  return (
    <fieldset class="days">
      <legend>{partLabel(path, lang)}</legend>
      {WEEKDAYS.map((w, i) => (
        <label key={i} class="check">
          <input
            type="checkbox"
            checked={days.includes(i + 1)}
            onChange={(e) => toggle(i + 1, e.currentTarget.checked)}
          />{' '}
          {w[lang]}
        </label>
      ))}
    </fieldset>
  );
}

/** Raw JSON, for shapes without a dedicated editor. */
export function JsonEditor({ value, onChange, lang, label }: EditorProps & { label: string }) {
  const t = pick(STRINGS, lang);
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [error, setError] = useState('');
  return (
    <label class="field">
      <span>{label} (JSON)</span>
      <textarea
        rows={5}
        class="mono"
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          try {
            onChange(JSON.parse(e.currentTarget.value));
            setError('');
          } catch (err) {
            setError(t('badJson', { error: (err as Error).message }));
          }
        }}
      />
      {error && <span class="error">{error}</span>}
    </label>
  );
}
