import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CaseContext, CaseGroup } from './cases.ts';
import { makeFixtureClient } from './fixture-client.ts';
import type { Platform, Target, TargetConfig } from './targets.ts';
import { fakeUpstreamPerFile } from './fake-upstream-hooks.ts';

/** Registers every case of every group against one platform. */
export function runCases(platform: Platform, groups: readonly CaseGroup[]): void {
  const upstream = fakeUpstreamPerFile();
  let client: ReturnType<typeof makeFixtureClient>;
  const targets = new Map<string, Promise<Target>>();

  beforeAll(() => {
    client = makeFixtureClient();
  });
  afterAll(async () => {
    for (const target of targets.values()) await (await target).close();
    client.remove();
  });

  const context: CaseContext = {
    server(config: TargetConfig = {}) {
      const key = JSON.stringify(config);
      let target = targets.get(key);
      if (!target) {
        target = platform.start(config, upstream().url, client.dir);
        targets.set(key, target);
      }
      return target;
    },
    get upstream() {
      return upstream();
    },
  };

  for (const group of groups) {
    describe(`${group.name} (${platform.name})`, () => {
      for (const testCase of group.cases) it(testCase.name, () => testCase.run(context));
    });
  }
}
