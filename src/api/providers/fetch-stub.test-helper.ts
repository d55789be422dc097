import { afterEach, vi } from 'vitest';

/**
 * The network edge for the client's unit tests: `fetch` answers every call with this JSON
 * (200), and the returned mock records what was asked. Undone after each test.
 */
export function stubFetchJson(body: unknown) {
  const mock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status: 200 })),
  );
  vi.stubGlobal('fetch', mock);
  return mock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});
