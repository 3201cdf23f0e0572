/**
 * What Chrome itself does with a policy before Postwise sees it: it checks
 * each top-level key against managed_schema.json and silently drops a key
 * that does not fit. Those keys never reach Postwise, so they are reported
 * only at chrome://policy; this check names them in advance.
 */
import { buildManagedSchema, type ChromeSchema } from '../../lib/settings/managed-schema';

function fits(value: unknown, schema: ChromeSchema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && (!schema.enum || schema.enum.includes(value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
    case 'array':
      return Array.isArray(value) && (!schema.items || value.every((v) => fits(v, schema.items!)));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      return Object.entries(value).every(([k, v]) => {
        const s = schema.properties?.[k] ?? schema.additionalProperties;
        return !s || fits(v, s);
      });
    }
  }
}

/** Top-level keys Chrome would drop (wrong type or choice); unknown keys are left to Postwise's own report. */
export function droppedByChrome(settings: Record<string, unknown>): string[] {
  const properties = buildManagedSchema().properties!;
  return Object.keys(settings).filter((k) => properties[k] && !fits(settings[k], properties[k]));
}
