/**
 * An editor for any setting, built from its schema: a checkbox for true/false,
 * a number field, a choice list, a text field (a text area for long text),
 * parts of an object one under the other, and lists. Native controls only, so
 * everything works from the keyboard.
 */
import { requirement, unwrap, type SchemaNode } from '@/lib/settings/introspect';
import type { Lang } from '@/lib/types';
import { choiceLabel, partLabel } from './labels';
import { DaysEditor, JsonEditor, LinesEditor, ListEditor } from './ListEditors';
import { NotificationsToggle } from '../dashboard/NotificationsToggle';

/** What every editor gets: the schema node, where it is, its value and how to change it. */
export interface EditorProps {
  node: SchemaNode;
  /** Setting key then part names, without list indexes: ["workHours", "start"]. */
  path: string[];
  value: unknown;
  onChange: (value: unknown) => void;
  lang: Lang;
}

const TIME_PARTS = new Set(['workHours.start', 'workHours.end']);

/** Picks the editor that fits the node. */
export function SchemaEditor(props: EditorProps) {
  const { path, value, onChange, lang } = props;
  const node = unwrap(props.node);
  const label = partLabel(path, lang);
  const dotted = path.join('.');
  if (dotted === 'workHours.days') return <DaysEditor {...props} />;
  if (dotted === 'reminders.via') {
    // Notifications need the optional permission, asked for in the click itself.
    const via = value === 'notification' ? 'notification' : 'banner';
    return <NotificationsToggle lang={lang} via={via} onChange={(v) => onChange(v)} />;
  }
  switch (node.type) {
    case 'boolean':
      return (
        <label class="check">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
        </label>
      );
    case 'number':
      return (
        <label class="field">
          <span>{label}</span>
          <input
            type="number"
            value={typeof value === 'number' && Number.isFinite(value) ? String(value) : ''}
            min={requirement(node, 'min_value') as number | undefined}
            max={requirement(node, 'max_value') as number | undefined}
            onInput={(e) => onChange(e.currentTarget.value === '' ? NaN : Number(e.currentTarget.value))}
          />
        </label>
      );
    case 'picklist':
      return (
        <label class="field">
          <span>{label}</span>
          <select value={String(value)} onChange={(e) => onChange(e.currentTarget.value)}>
            {(node.options ?? []).map((o) => (
              <option key={String(o)} value={String(o)}>
                {choiceLabel(o, lang)}
              </option>
            ))}
          </select>
        </label>
      );
    case 'string':
      return <TextEditor {...props} node={node} label={label} time={TIME_PARTS.has(dotted)} />;
    case 'object':
      return (
        <div class="object">
          {Object.entries(node.entries ?? {}).map(([part, child]) => (
            <SchemaEditor
              key={part}
              node={child}
              path={[...path, part]}
              value={(value as Record<string, unknown> | undefined)?.[part]}
              onChange={(v) => onChange({ ...(value as object), [part]: v })}
              lang={lang}
            />
          ))}
        </div>
      );
    case 'array': {
      const item = unwrap(node.item!);
      if (item.type === 'string') return <LinesEditor {...props} label={label} />;
      if (item.type === 'object') return <ListEditor {...props} node={node} label={label} />;
      return <JsonEditor {...props} label={label} />;
    }
    default:
      return <JsonEditor {...props} label={label} />;
  }
}

function TextEditor(props: EditorProps & { label: string; time: boolean }) {
  const { node, value, onChange, label, time } = props;
  const max = requirement(node, 'max_length') as number | undefined;
  const text = typeof value === 'string' ? value : '';
  return (
    <label class="field">
      <span>{label}</span>
      {max !== undefined && max > 200 ? (
        <textarea rows={3} maxLength={max} value={text} onInput={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input
          type={time ? 'time' : 'text'}
          maxLength={max}
          value={text}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </label>
  );
}
