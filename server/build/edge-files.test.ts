import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE } from '../client/files.ts';
import { securityHeaderEntries } from '../security-headers.ts';
import { ASSETS_IGNORE, PLATFORM_SERVED, headersFile } from './edge-files.ts';

/** `_headers` read back as Cloudflare does: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n').filter(Boolean)) {
    if (!line.startsWith(' ')) {
      current = new Map();
      rules.set(line, current);
      continue;
    }
    const [name = '', ...value] = line.trim().split(': ');
    current?.set(name.toLowerCase(), value.join(': '));
  }
  return rules;
}

describe('headersFile', () => {
  const rules = parseHeaders(headersFile());

  it('gives the hashed bundles the app’s long cache and every security header', () => {
    const assets = rules.get('/assets/*');
    expect(assets?.get('cache-control')).toBe(IMMUTABLE);
    for (const [name, value] of securityHeaderEntries(
      '/assets/index-1a2b.js',
      'production',
      true,
    )) {
      expect(assets?.get(name.toLowerCase())).toBe(value);
    }
  });

  it('stays within the platform’s limits (100 rules, 2000 characters a line)', () => {
    const lines = headersFile().split('\n');
    expect(rules.size).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(2000);
  });
});

describe('wrangler.jsonc', () => {
  const { config, error } = ts.parseConfigFileTextToJson(
    'wrangler.jsonc',
    readFileSync(new URL('../../wrangler.jsonc', import.meta.url), 'utf8'),
  );
  const assets = (config as { assets: { run_worker_first: unknown; directory: string } }).assets;

  it('leaves to the platform exactly the paths _headers covers', () => {
    expect(error).toBeUndefined();
    expect(assets.run_worker_first).toEqual([
      '/*',
      ...PLATFORM_SERVED.map(({ pattern }) => `!${pattern}`),
    ]);
    expect(assets.directory).toBe('./dist/client');
  });

  it('never uploads source maps', () => {
    expect(ASSETS_IGNORE.split('\n')).toContain('*.map');
  });
});
