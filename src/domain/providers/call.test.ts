import { describe, expect, it } from 'vitest';
import { buildCall } from './call';
import type { ProviderCall } from './definition';

describe('buildCall', () => {
  it('fills a body that names a task and one of its clips', () => {
    const call: ProviderCall = {
      method: 'POST',
      path: '/lyrics',
      body: { taskId: '{id}', audioId: '{id2}', action: 'retrieve' },
      maxIds: 2,
    };
    expect(buildCall(call, ['t1', 'c1']).body).toBe(
      '{"taskId":"t1","audioId":"c1","action":"retrieve"}',
    );
  });

  it('sends an empty second ID rather than a placeholder when only one is given', () => {
    const call: ProviderCall = { method: 'POST', path: '/x', body: { b: '{id2}' }, maxIds: 2 };
    expect(buildCall(call, ['t1']).body).toBe('{"b":""}');
  });

  it('fills path and query slots', () => {
    const call: ProviderCall = {
      method: 'GET',
      path: '/suno/fetch/{id}',
      query: { taskId: '{id}' },
      maxIds: 1,
    };
    expect(buildCall(call, ['task_a b'])).toEqual({
      method: 'GET',
      path: '/suno/fetch/task_a%20b',
      search: '?taskId=task_a%20b',
      body: undefined,
    });
  });
});
