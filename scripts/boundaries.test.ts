/**
 * The layer rules hold whatever the spelling: each probe below is an import the architecture
 * forbids, linted as if it were written in the named file, and must fail `npm run lint`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer zones, on resolved paths', () => {
  it.each([
    [
      'a cross-feature import spelled from the root',
      'src/features/clip/probe.ts',
      "import '../../features/embed';",
    ],
    [
      'a cross-feature import spelled as a sibling',
      'src/features/clip/probe.ts',
      "import '../share/qr-code';",
    ],
    [
      'a page reaching inside a feature',
      'src/pages/probe.ts',
      "import '../features/share/qr-code';",
    ],
    [
      'the server importing the browser API layer',
      'server/probe.ts',
      "import '../src/api/client.ts';",
    ],
    [
      'the server importing a feature',
      'server/share/probe.ts',
      "import '../../src/features/share/index.ts';",
    ],
    ['the simulator importing React', 'sim/probe.ts', "import 'react';"],
    ['src importing the simulator', 'src/domain/probe.ts', "import '../../sim/ids.ts';"],
    ['domain importing api', 'src/domain/probe.ts', "import '../api/client';"],
  ])('refuses %s', async (_name, file, code) => {
    const ids = await ruleIds(file, code);
    expect(ids.some((id) => /no-restricted-(paths|imports)/.test(id))).toBe(true);
  });

  it.each([
    ['a sub-folder inside the same feature', 'src/features/share/probe.ts', "import './types';"],
    [
      'a page using a feature through its index',
      'src/pages/probe.ts',
      "import '../features/share';",
    ],
    [
      'the server reading domain facts',
      'server/probe.ts',
      "import '../src/domain/providers/index.ts';",
    ],
  ])('allows %s', async (_name, file, code) => {
    const ids = await ruleIds(file, code);
    expect(ids.filter((id) => /no-restricted-(paths|imports)/.test(id))).toEqual([]);
  });
});

describe('import cycles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cycle-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are refused, type-only ones too', async () => {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = { a: A };\n");
    const require = createRequire(import.meta.url);
    const config = require('../.dependency-cruiser.cjs') as {
      forbidden: unknown[];
      options: Record<string, unknown>;
    };
    const result = await cruise([dir], {
      ...config.options,
      tsConfig: undefined,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
    } as Parameters<typeof cruise>[1]);
    const output = result.output as { summary: { violations: { rule: { name: string } }[] } };
    expect(output.summary.violations.map((v) => v.rule.name)).toContain('no-cycle');
  });
});
