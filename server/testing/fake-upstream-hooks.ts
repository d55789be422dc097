import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

/** The fake upstream for one test file: what it saw is forgotten after each test. */
export function fakeUpstreamPerFile(): () => FakeUpstream {
  let upstream: FakeUpstream | undefined;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterEach(() => upstream?.reset());
  afterAll(() => upstream?.close());
  return () => {
    if (!upstream) throw new Error('the fake upstream starts in beforeAll');
    return upstream;
  };
}
