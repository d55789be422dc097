import { describe, expect, it } from 'vitest';
import { fetchLookup } from './index';
import { stubFetchJson as stub } from './fetch-stub.test-helper';

const CLIP = 'c1111111-0000-4000-8000-000000000001';

describe('sunoapi.org through the client', () => {
  const config = { kind: 'sunoapi-org' as const, baseUrl: 'https://api.kie.ai', apiKey: 'sk-1' };

  it('asks record-info with the task ID and reads a code 200 answer', async () => {
    const mock = stub({
      code: 200,
      msg: 'success',
      data: {
        taskId: 'abc123def4567890',
        status: 'SUCCESS',
        response: { sunoData: [{ id: CLIP }] },
      },
    });
    const result = await fetchLookup(config, { mode: 'task', taskId: 'abc123def4567890' });
    expect(result.clips[0]?.status).toBe('complete');
    const [url, init] = mock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.kie.ai/api/v1/generate/record-info?taskId=abc123def4567890');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer sk-1');
  });

  it('turns an error envelope into an error with the provider’s words', async () => {
    stub({ code: 401, msg: 'Invalid API key', data: null });
    await expect(
      fetchLookup(config, { mode: 'task', taskId: 'abc123def4567890' }),
    ).rejects.toMatchObject({ kind: 'auth', detail: 'Invalid API key' });
  });
});

describe('new-api relays through the client', () => {
  const config = { kind: 'new-api' as const, baseUrl: 'https://relay.test', apiKey: 'sk-2' };

  it.each([['success'], [1], [0], [200]])('does not take code %j for an error', async (code) => {
    const mock = stub({
      code,
      data: { task_id: 'task_abc1234567890', status: 'SUCCESS', data: [{ id: CLIP }] },
    });
    const result = await fetchLookup(config, { mode: 'task', taskId: 'task_abc1234567890' });
    expect(result.clips.map((c) => c.id)).toEqual([CLIP]);
    expect(mock.mock.calls[0]?.[0]).toBe('https://relay.test/suno/fetch/task_abc1234567890');
  });
});
