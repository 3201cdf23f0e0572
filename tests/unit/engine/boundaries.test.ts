/**
 * The import boundaries hold by folder (eslint.config.js): a file is checked
 * by where it sits, so a new file needs no one to list it.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.ruleId!);
}

const CASES: Array<[string, string, string, boolean]> = [
  ['a new lib/ folder is pure: no browser', 'lib/newpart/x.ts', "import { browser } from 'wxt/browser';", false],
  ['… and no DOM globals', 'lib/newpart/x.ts', 'export const w = window.innerWidth;', false],
  ['… and no Dexie', 'lib/reminders/x.ts', "import Dexie from 'dexie';", false],
  ['the log may use Dexie', 'lib/log/x.ts', "import Dexie from 'dexie';", true],
  ['… but not the browser', 'lib/log/x.ts', "import { browser } from 'wxt/browser';", false],
  ['the background wires the browser', 'lib/background/x.ts', "import { browser } from 'wxt/browser';", true],
  ['the engine imports only engine modules', 'lib/detect/x.ts', "import { LogDB } from '../log/db';", false],
  ['… and no UI', 'lib/rules/x.ts', "import { h } from 'preact';", false],
  [
    'components may read rule titles and quotes',
    'components/x.tsx',
    "import { RULE_CATALOGUE } from '@/lib/rules/ids';",
    true,
  ],
  ['components never import the engine', 'components/x.tsx', "import { evaluate } from '@/lib/engine';", false],
  ['… nor a rule', 'components/x.tsx', "import partisan from '@/lib/rules/partisan';", false],
  ['… nor a detector', 'components/x.tsx', "import { Analysis } from '@/lib/detect/analysis';", false],
  ['… nor Dexie', 'components/x.tsx', "import Dexie from 'dexie';", false],
  ['… nor the log’s database', 'components/x.tsx', "import { LogDB } from '@/lib/log/db';", false],
];

test.each(CASES)(
  '%s',
  async (_name, file, code, allowed) => {
    const found = await problems(file, `${code}\nexport {};\n`);
    expect(found.length === 0).toBe(allowed);
  },
  30_000,
);
