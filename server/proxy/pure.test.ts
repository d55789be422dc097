import { describe, expect, it } from 'vitest';
import { apiTarget } from './api-route.ts';
import { authorizationFor, classifyCaller, ownAuthorization } from './caller.ts';
import { parseBaseUrl, resolveProxyConfig } from './config.ts';
import { checkMediaUrl, isMediaType } from './media-route.ts';
import { FixedWindowLimiter } from './rate-limit.ts';
import { redactSecrets, redactText } from './redact.ts';

const CO_QUERY = '/suno/v3.5/music/query';

describe('pure pieces of the proxy', () => {
  it('builds API targets from the base only', () => {
    const base = parseBaseUrl('https://api.sunoapi.co/', 'test');
    expect(apiTarget(base, CO_QUERY, '?a=1')?.href).toBe(`https://api.sunoapi.co${CO_QUERY}?a=1`);
    expect(apiTarget(base, '//evil.example/x', '')?.origin).toBe('https://api.sunoapi.co');
    expect(apiTarget(base, '/../x', '')).toBeNull();
    expect(apiTarget(base, '/%2e%2e/x', '')).toBeNull();
    expect(apiTarget(base, '@evil.example', '')).toBeNull();
    const withPath = parseBaseUrl('https://api.example/v1/', 'test');
    expect(apiTarget(withPath, '/clips', '')?.href).toBe('https://api.example/v1/clips');
  });

  it('refuses bad base URLs at startup, and takes them from options or env', () => {
    expect(() => parseBaseUrl('ftp://x.example', 'B')).toThrow('B must be http or https');
    expect(() => parseBaseUrl('https://u:p@x.example', 'B')).toThrow('credentials');
    expect(() => parseBaseUrl('not a url', 'B')).toThrow('not an absolute URL');
    const env = { PROXY_SUNOAPI_COM_URL: 'https://env.example/base', SUNO_API_KEY: ' k ' };
    const config = resolveProxyConfig(env, {
      baseUrls: { 'sunoapi-co': 'https://option.example' },
    });
    expect(config.bases['sunoapi-co'].href).toBe('https://option.example/');
    expect(config.bases['sunoapi-com'].href).toBe('https://env.example/base');
    expect(config.apiKeys).toEqual({ 'sunoapi-co': 'k', 'sunoapi-com': 'k' });
    expect(config.configuredHosts).toEqual(['env.example']);
    expect(() => resolveProxyConfig({ PROXY_SUNOAPI_CO_URL: 'nope' })).toThrow(
      'PROXY_SUNOAPI_CO_URL is not an absolute URL',
    );
  });

  it('checks media URLs by exact origin', () => {
    const allowed = { mediaOrigins: new Set<string>() };
    expect(checkMediaUrl('https://cdn1.suno.ai/a.mp3', allowed).ok).toBe(true);
    expect(checkMediaUrl('https://CDN2.suno.ai:443/a.mp3', allowed).ok).toBe(true);
    for (const bad of [
      'https://evil.example/a.mp3',
      'http://cdn1.suno.ai/a.mp3',
      'https://cdn1.suno.ai:8443/a.mp3',
      'https://user:pw@cdn1.suno.ai/a.mp3',
      'ftp://cdn1.suno.ai/a.mp3',
      'file:///etc/passwd',
      'https://cdn1.suno.ai.evil.example/a.mp3',
      '/relative.mp3',
    ]) {
      expect(checkMediaUrl(bad, allowed).ok, bad).toBe(false);
    }
  });

  it('relays audio, video and raster images only', () => {
    for (const type of ['audio/mpeg', 'video/mp4', 'image/jpeg', 'IMAGE/PNG; x=1', 'image/avif']) {
      expect(isMediaType(type), type).toBe(true);
    }
    for (const type of [null, '', 'text/html', 'image/svg+xml', 'application/octet-stream']) {
      expect(isMediaType(type), String(type)).toBe(false);
    }
  });

  it('tells same-origin pages from other sites and from callers without fetch metadata', () => {
    const at = (headers: Record<string, string>) =>
      classifyCaller(new Request('http://app.example/proxy/x', { headers }));
    expect(at({ 'Sec-Fetch-Site': 'same-origin' })).toBe('same-origin');
    expect(at({ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://app.example' })).toBe(
      'same-origin',
    );
    expect(at({ 'Sec-Fetch-Site': 'same-origin', Origin: 'http://evil.example' })).toBe(
      'cross-site',
    );
    expect(at({ 'Sec-Fetch-Site': 'cross-site' })).toBe('cross-site');
    expect(at({ 'Sec-Fetch-Site': 'none' })).toBe('cross-site');
    expect(at({ Origin: 'null' })).toBe('cross-site');
    expect(at({})).toBe('unknown');
    expect(at({ Origin: 'http://app.example' })).toBe('unknown');
  });

  it("chooses the Authorization: the caller's own, else the server key for the app only", () => {
    expect(authorizationFor('sunoapi-co', 'same-origin', undefined, 'k')).toBe('k');
    expect(authorizationFor('sunoapi-com', 'same-origin', undefined, 'k')).toBe('Bearer k');
    expect(authorizationFor('sunoapi-com', 'same-origin', 'Bearer b', 'k')).toBe('Bearer b');
    expect(authorizationFor('sunoapi-co', 'unknown', undefined, 'k')).toBeUndefined();
    expect(authorizationFor('sunoapi-co', 'unknown', 'own', 'k')).toBe('own');
    expect(authorizationFor('sunoapi-co', 'same-origin', undefined, undefined)).toBeUndefined();
    const request = (value: string) =>
      new Request('http://a.example/', { headers: { Authorization: value } });
    expect(ownAuthorization(request('Bearer '))).toBeUndefined();
    expect(ownAuthorization(request('bearer'))).toBeUndefined();
    expect(ownAuthorization(request('Bearer b'))).toBe('Bearer b');
  });

  it('redacts secrets in bodies and header values', () => {
    const text = new TextEncoder().encode('a LONGSECRET b LONGSECRET short');
    const out = redactSecrets(text, ['LONGSECRET!', 'LONGSECRET', 'short']);
    expect(new TextDecoder().decode(out)).toBe('a [redacted] b [redacted] short');
    expect(redactText('x LONGSECRET y', ['LONGSECRET'])).toBe('x [redacted] y');
  });

  it('limits each client to its window, and forgets old windows', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(
      { limit: 2, windowMs: 60_000, maxClients: 2 },
      () => now,
    );
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 60]);
    expect(limiter.take('b')).toBe(0);
    now = 30_000;
    expect(limiter.take('a')).toBe(30);
    now = 60_000;
    expect(limiter.take('a')).toBe(0);
    limiter.take('c');
    limiter.take('d');
    // Over maxClients, the oldest window went first: "b" starts afresh.
    expect([limiter.take('b'), limiter.take('b'), limiter.take('b')]).toEqual([0, 0, 60]);
  });
});
