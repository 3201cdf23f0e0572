/**
 * The two end-to-end suites at once: Chromium (Playwright) and Firefox ESR (puppeteer-core), each
 * on its own build, their output prefixed line by line. Most of their time is spent waiting on a
 * browser, so together they take little more than the longer one (CI must stay under 20 minutes).
 * Fails if either fails.
 *
 *   npm run test:browsers      (builds both extensions first)
 */
import { spawn } from 'node:child_process';

function run(name: string, command: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const prefix = (stream: NodeJS.WritableStream) => {
      let rest = '';
      return (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) stream.write(`[${name}] ${line}\n`);
      };
    };
    child.stdout.on('data', prefix(process.stdout));
    child.stderr.on('data', prefix(process.stderr));
    child.on('close', (code) => done(code ?? 1));
  });
}

const started = Date.now();
const [chromium, firefox] = await Promise.all([
  run('chromium', 'npx', ['playwright', 'test']),
  run('firefox', 'npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts']),
]);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `end-to-end: chromium ${chromium === 0 ? 'passed' : 'FAILED'}, firefox ${firefox === 0 ? 'passed' : 'FAILED'} (${minutes} min)`,
);
process.exit(chromium || firefox ? 1 : 0);
