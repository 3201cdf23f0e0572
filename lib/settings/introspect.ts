/**
 * Reading the settings schema itself: the shape of each setting (type, parts,
 * items, choices, bounds), so that the options page's editors and Chrome's
 * managed schema both follow `schema.ts` instead of repeating it.
 */
import { SCHEMAS, type SettingKey } from './schema';

/** The parts of a valibot schema object Postwise reads. */
export interface SchemaNode {
  type: string;
  pipe?: ReadonlyArray<{ kind: string; type: string; requirement?: unknown }>;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  key?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
}

/** The schema of a setting. */
export function nodeOf(key: SettingKey): SchemaNode {
  return SCHEMAS[key] as unknown as SchemaNode;
}

/** The schema inside `optional(...)`, or the node itself. */
export function unwrap(node: SchemaNode): SchemaNode {
  return node.type === 'optional' || node.type === 'nullish' ? unwrap(node.wrapped!) : node;
}

/** The requirement of a validation in the node's pipe (e.g. 'max_length'), if any. */
export function requirement(node: SchemaNode, type: string): unknown {
  return node.pipe?.find((a) => a.kind === 'validation' && a.type === type)?.requirement;
}

/** Whether a number must be whole. */
export function isInteger(node: SchemaNode): boolean {
  return !!node.pipe?.some((a) => a.kind === 'validation' && a.type === 'integer');
}

/** A blank value of the node's shape, for a new item in a list. */
export function blankValue(node: SchemaNode): unknown {
  const n = unwrap(node);
  switch (n.type) {
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'number':
      return (requirement(n, 'min_value') as number | undefined) ?? 0;
    case 'picklist':
      return n.options?.[0];
    case 'array':
      return [];
    case 'record':
      return {};
    case 'object':
      return Object.fromEntries(
        Object.entries(n.entries ?? {})
          .filter(([, e]) => e.type !== 'optional')
          .map(([k, e]) => [k, blankValue(e)]),
      );
    default:
      return undefined;
  }
}
