import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { memoryLimiter, rateLimit } from '../proxy/client-limiter.ts';
import { bindingLimiters, type RateLimitBinding } from './binding-limiters.ts';

/** A stand-in for the platform's counter: `limit` requests per key, then refusals. */
function fakeBinding(limit: number): RateLimitBinding & { keys: string[] } {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    limit({ key }) {
      keys.push(key);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return Promise.resolve({ success: count <= limit });
    },
  };
}

const WINDOW = { limit: 2, windowMs: 60_000, maxClients: 10 };

function limitedApp(take: Parameters<typeof rateLimit>[0]) {
  const app = new Hono();
  app.use(rateLimit(take, (request) => request.headers.get('x-client') ?? undefined));
  app.get('/', (c) => c.text('ok'));
  return (client: string) => app.request('/', { headers: { 'x-client': client } });
}

describe('bindingLimiters', () => {
  it('counts with the platform’s binding when it is configured', async () => {
    const binding = fakeBinding(3);
    const limiter = bindingLimiters({ SIM_API_LIMITER: binding })('sim-api', WINDOW);
    const verdicts = [];
    for (let i = 0; i < 4; i += 1) verdicts.push(await limiter.take('203.0.113.9'));
    // The binding's limit (3), not the in-memory one's (2).
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
    expect(verdicts[3]?.retryAfter).toBe(60);
    expect(binding.keys).toEqual(Array(4).fill('203.0.113.9'));
  });

  it('falls back to the in-memory window when the binding is absent or not one', async () => {
    for (const env of [{}, { PROXY_API_LIMITER: 'a string var' }]) {
      const limiter = bindingLimiters(env)('proxy-api', WINDOW);
      const verdicts = [await limiter.take('a'), await limiter.take('a'), await limiter.take('a')];
      expect(verdicts.map((v) => v.ok)).toEqual([true, true, false]);
      expect((await limiter.take('b')).ok).toBe(true);
    }
  });

  it('keeps each budget on its own binding', async () => {
    const api = fakeBinding(1);
    const media = fakeBinding(1);
    const limiters = bindingLimiters({ SIM_API_LIMITER: api, SIM_MEDIA_LIMITER: media });
    expect((await limiters('sim-api', WINDOW).take('c')).ok).toBe(true);
    expect((await limiters('sim-media', WINDOW).take('c')).ok).toBe(true);
    expect(api.keys).toEqual(['c']);
    expect(media.keys).toEqual(['c']);
  });
});

describe('rateLimit over either limiter', () => {
  it('answers 429 with Retry-After once the binding refuses, per client', async () => {
    const request = limitedApp(
      bindingLimiters({ PROXY_API_LIMITER: fakeBinding(1) })('proxy-api', WINDOW),
    );
    expect((await request('x')).status).toBe(200);
    const refused = await request('x');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await request('y')).status).toBe(200);
  });

  it('answers 429 with the in-memory window’s own wait', async () => {
    let now = 0;
    const request = limitedApp(memoryLimiter({ ...WINDOW, limit: 1 }, () => now));
    expect((await request('x')).status).toBe(200);
    now = 45_000;
    const refused = await request('x');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('15');
  });
});
