import { FIELDS, GROUPS, PART_LABELS } from '@/lib/settings/fields';
import { nodeOf, unwrap, type SchemaNode } from '@/lib/settings/introspect';
import { SETTING_KEYS } from '@/lib/settings/schema';

test('every group has settings, and every setting has a label and help in both languages', () => {
  for (const g of GROUPS)
    expect(
      SETTING_KEYS.some((k) => FIELDS[k].group === g),
      g,
    ).toBe(true);
  for (const k of SETTING_KEYS) {
    for (const lang of ['en', 'fr'] as const) {
      expect(FIELDS[k].label[lang], `${k} ${lang}`).toBeTruthy();
      expect(FIELDS[k].help[lang], `${k} ${lang}`).toBeTruthy();
    }
  }
});

function parts(node: SchemaNode, path: string[], out: string[]) {
  const n = unwrap(node);
  if (n.type === 'object') {
    for (const [k, child] of Object.entries(n.entries ?? {})) {
      out.push([...path, k].join('.'));
      parts(child, [...path, k], out);
    }
  } else if (n.type === 'array') parts(n.item!, path, out);
}

test('every part of every setting has a label for the options page', () => {
  const all: string[] = [];
  for (const k of SETTING_KEYS) parts(nodeOf(k), [k], all);
  const missing = all.filter((p) => !PART_LABELS[p]);
  expect(missing, 'add them to PART_LABELS in lib/settings/fields.ts').toEqual([]);
});
