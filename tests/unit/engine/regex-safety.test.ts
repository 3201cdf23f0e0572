/**
 * Every regular expression in lib/ is checked for super-linear backtracking
 * (ReDoS) with recheck. The literals are found by parsing the sources, so a
 * new pattern is checked without anyone remembering to list it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const ROOT = resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function regexLiterals(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(sf);
      const end = lit.lastIndexOf('/');
      out.push({
        file: relative(ROOT, file),
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        source: lit.slice(1, end),
        flags: lit.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const found = ['lib', 'entrypoints', 'components'].flatMap((d) => {
  try {
    return sources(join(ROOT, d)).flatMap(regexLiterals);
  } catch {
    return [];
  }
});

test('the sources have regular expressions to check', () => {
  expect(found.length).toBeGreaterThan(20);
});

test.each(found.map((f) => [`${f.file}:${f.line} /${f.source}/${f.flags}`, f] as const))(
  'no super-linear backtracking: %s',
  (_name, f) => {
    // A fixed seed: the fuzzing checker is otherwise random, and its verdict could change run to run.
    const result = checkSync(f.source, f.flags.replace(/[gy]/g, ''), { timeout: 30_000, randomSeed: 20261206 });
    expect({
      status: result.status,
      complexity: result.status === 'vulnerable' ? result.complexity : undefined,
    }).toEqual({
      status: 'safe',
      complexity: undefined,
    });
  },
  60_000,
);
