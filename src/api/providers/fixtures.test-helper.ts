/**
 * The shared fixtures live beside the repository (`../shared/fixtures`). The app's tsconfig has
 * no Node types and Vite's dev server refuses files outside the root, so this reads them with
 * Node's fs through a narrowly typed dynamic import (tests run in Node, even under jsdom).
 */
interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
}

const FS_MODULE = 'node:fs';

async function readFixture(name: string): Promise<unknown> {
  const fs = (await import(/* @vite-ignore */ FS_MODULE)) as NodeFs;
  // A computed path, so Vite does not rewrite `new URL(literal, import.meta.url)` into an asset.
  const relative = ['..', '..', '..', '..', 'shared', 'fixtures', name].join('/');
  const url = new URL(relative, import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')) as unknown;
}

export const coFixture = (): Promise<unknown> => readFixture('sunoapi-co-query-complete.json');
export const comFixture = (): Promise<unknown> => readFixture('sunoapi-com-clips-complete.json');
