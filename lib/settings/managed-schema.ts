/**
 * Chrome's `managed_schema.json`, generated from the settings schema (run
 * `npm run managed-schema`; a unit test fails when the committed file differs).
 *
 * Chrome validates a policy against this schema and silently drops a key that
 * does not fit. So the schema here is structural only (types, properties,
 * items): a value of the right shape reaches Postwise, which judges its
 * content with valibot and reports what is wrong in plain words. Enums are
 * used only for a top-level choice (`language`), where dropping a wrong value
 * loses nothing else.
 */
import { FIELDS } from './fields';
import { isInteger, nodeOf, requirement, type SchemaNode } from './introspect';
import { SETTING_KEYS } from './schema';

/** The subset of JSON Schema (draft 03) that Chrome's managed storage accepts. */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

type Node = SchemaNode;

function convert(node: Node, topLevel: boolean): ChromeSchema {
  switch (node.type) {
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const out: ChromeSchema = { type: isInteger(node) ? 'integer' : 'number' };
      const [min, max] = [requirement(node, 'min_value'), requirement(node, 'max_value')];
      if (typeof min === 'number') out.minimum = min;
      if (typeof max === 'number') out.maximum = max;
      return out;
    }
    case 'picklist':
      return topLevel ? { type: 'string', enum: [...(node.options as string[])] } : { type: 'string' };
    case 'optional':
      return convert(node.wrapped!, false);
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.entries!).map(([k, n]) => [k, convert(n, false)])),
      };
    case 'array':
      return { type: 'array', items: convert(node.item!, false) };
    case 'record': {
      // Known keys are listed for the reader; others pass through so that Postwise can report them.
      const value = convert(node.value!, false);
      const keys = (node.key?.options ?? []) as string[];
      return {
        type: 'object',
        properties: Object.fromEntries(keys.map((k) => [k, value])),
        additionalProperties: value,
      };
    }
    default:
      throw new Error(`managed schema: no Chrome type for valibot "${node.type}"`);
  }
}

/** Builds the managed storage schema: every setting, with its English label and help. */
export function buildManagedSchema(): ChromeSchema {
  const properties: Record<string, ChromeSchema> = {};
  for (const key of SETTING_KEYS) {
    const { label, help } = FIELDS[key];
    properties[key] = { ...convert(nodeOf(key), true), title: label.en, description: help.en };
  }
  return { type: 'object', properties };
}
