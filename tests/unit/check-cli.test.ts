/** The `check` command, as the judged run calls it: npm run --silent check -- --jsonl. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], input = '') {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

test('--jsonl writes exactly one line per input line, with an error line for a malformed one', () => {
  const input = [
    JSON.stringify({
      id: 'a',
      text: 'Text me at 902 555 0148',
      context: { account: 'personal', site: 'x', surface: 'post', at: '2026-11-28T20:00:00-04:00' },
    }),
    '{not json',
    JSON.stringify({ id: 'c', text: 42, context: {} }),
    JSON.stringify({ id: 'd', text: 'Nice day', context: { account: 'robot' } }),
    '',
    JSON.stringify({
      id: 'e',
      text: 'Happy Remembrance Day.',
      context: { account: 'personal', site: 'facebook', surface: 'post', at: '2026-11-11T11:00:00-04:00' },
    }),
  ].join('\n');
  const r = run(['--jsonl'], input + '\n');
  expect(r.status).toBe(0);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd', 'e']);
  expect(lines[0]).toEqual({
    id: 'a',
    findings: [
      {
        rule: 'personal-info',
        severity: 'high',
        start: 11,
        end: 23,
        message: expect.stringContaining('personal information') as unknown as string,
      },
    ],
  });
  expect(lines[1]).toEqual({ id: null, error: 'not valid JSON' });
  expect(lines[2]).toEqual({ id: 'c', error: '"text" must be a string' });
  expect(String(lines[3]!.error)).toMatch(/context.account/);
  expect(lines[4]).toEqual({ id: 'e', findings: [] });
  expect(r.stderr).toMatch(/line 2: not valid JSON/);
  expect(r.stderr).toMatch(/line 3 \(id "c"\)/);
});

test('a draft on the command line is explained for a person, in French with --lang fr', () => {
  const r = run(['Votez pour le NPD!', '--account', 'official', '--at', '2026-11-28T20:00:00-04:00', '--lang', 'fr']);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/HIGH\s+partisan/);
  expect(r.stdout).toMatch(/Directives de la politique/);
});

test('bad arguments get a usage message and exit 2', () => {
  const r = run([]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/usage: npm run check/);
});
