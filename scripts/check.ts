/**
 * The engine from the command line.
 *
 *   npm run check -- "draft text" [--account personal|official] [--site x|facebook|youtube]
 *                    [--surface post|reply|comment|message|quote] [--at 2026-11-24T10:15:00-04:00] [--lang en|fr]
 *   npm run --silent check -- --jsonl < drafts.jsonl
 *
 * With --jsonl, each input line {"id", "text", "context"} gives exactly one output line
 * {"id", "findings": [{"rule", "severity", "start", "end", "message"}]}, or {"id", "error"}
 * for a malformed line (explained on standard error); nothing else is written to standard output.
 */
import { createInterface } from 'node:readline';
import { evaluate } from '../lib/engine';
import type { Account, EvalContext, Finding, Site, Surface } from '../lib/types';

const ACCOUNTS: Account[] = ['personal', 'official', 'unknown'];
const SITES: Site[] = ['facebook', 'x', 'youtube', 'other'];
const SURFACES: Surface[] = ['post', 'reply', 'comment', 'message', 'quote'];

/** Builds a context from loose input, saying what was wrong. */
export function parseContext(raw: unknown): { context?: EvalContext; error?: string } {
  const c = (raw ?? {}) as Record<string, unknown>;
  if (typeof c !== 'object' || Array.isArray(c)) return { error: 'context must be an object' };
  const account = (c.account ?? 'personal') as Account;
  const site = (c.site ?? 'other') as Site;
  const surface = (c.surface ?? 'post') as Surface;
  if (!ACCOUNTS.includes(account)) return { error: `context.account must be one of ${ACCOUNTS.join(', ')}` };
  if (!SITES.includes(site)) return { error: `context.site must be one of ${SITES.join(', ')}` };
  if (!SURFACES.includes(surface)) return { error: `context.surface must be one of ${SURFACES.join(', ')}` };
  if (c.at !== undefined && (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at)))) {
    return { error: 'context.at must be an ISO-8601 timestamp with an offset' };
  }
  return { context: { account, site, surface, at: c.at as string | undefined } };
}

function jsonlLine(line: string, lineNo: number): string | null {
  if (!line.trim()) return null;
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    process.stderr.write(`line ${lineNo}: not valid JSON (${(e as Error).message})\n`);
    return JSON.stringify({ id: null, error: 'not valid JSON' });
  }
  const o = (input ?? {}) as Record<string, unknown>;
  const id = o.id ?? null;
  const fail = (error: string) => {
    process.stderr.write(`line ${lineNo} (id ${JSON.stringify(id)}): ${error}\n`);
    return JSON.stringify({ id, error });
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('expected a JSON object');
  if (typeof o.text !== 'string') return fail('"text" must be a string');
  const { context, error } = parseContext(o.context);
  if (!context) return fail(error ?? 'bad context');
  const findings = evaluate(o.text, context).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    message: f.message,
  }));
  return JSON.stringify({ id, findings });
}

async function runJsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    const out = jsonlLine(line, n);
    if (out !== null) process.stdout.write(out + '\n');
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function print(text: string, findings: Finding[]): void {
  if (!findings.length) {
    console.log('No guidance: nothing in this draft goes against the Social Media Policy guidelines.');
    return;
  }
  for (const f of findings) {
    const words = f.end > f.start ? `“${text.slice(f.start, f.end)}” ` : '';
    console.log(`${f.severity.toUpperCase().padEnd(7)} ${f.rule}  ${words}[${f.start}-${f.end}]`);
    console.log(`        ${f.message}`);
    console.log(`        Policy, ${f.policyRef.section}: “${f.policyRef.quote}”`);
    if (f.suggestion) console.log(`        → ${f.suggestion}`);
    if (f.fix) console.log(`        Fix: ${f.fix.label}`);
  }
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return runJsonl();
  const valued = new Set(['--account', '--site', '--surface', '--at', '--lang']);
  const text = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (text === undefined || args.includes('--help')) {
    console.error(
      'usage: npm run check -- "draft text" [--account personal|official] [--site x|facebook|youtube|other]\n' +
        '         [--surface post|reply|comment|message|quote] [--at ISO-8601] [--lang en|fr]\n' +
        '       npm run --silent check -- --jsonl < drafts.jsonl',
    );
    process.exitCode = 2;
    return;
  }
  const { context, error } = parseContext({
    account: option(args, '--account'),
    site: option(args, '--site'),
    surface: option(args, '--surface'),
    at: option(args, '--at') ?? new Date().toISOString(),
  });
  if (!context) {
    console.error(error);
    process.exitCode = 2;
    return;
  }
  const lang = option(args, '--lang') === 'fr' ? 'fr' : 'en';
  print(text, evaluate(text, context, {}, { lang }));
}

void main();
