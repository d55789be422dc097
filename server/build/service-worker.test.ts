import { describe, expect, it } from 'vitest';
import { PROXY_PREFIX, SIMULATOR_PREFIX } from '../../src/domain/providers/index.ts';
import { EMBED_PREFIX, OEMBED_PATH } from '../../src/domain/routes.ts';
import { SIGNIN_PATH } from '../session/signin.ts';
import { isShellNavigation } from './service-worker.ts';

const ORIGIN = 'https://clips.example';

function navigation(path: string, mode: RequestMode = 'navigate', sameOrigin = true) {
  const url = new URL(path, sameOrigin ? ORIGIN : 'https://elsewhere.example');
  return isShellNavigation({ request: { mode }, url, sameOrigin });
}

describe('the offline shell answers', () => {
  it('the app’s pages', () => {
    for (const path of [
      '/',
      '/task/5a1e0001-0000-4000-8000-000000000001',
      '/clips/a,b/clip/c',
      '/task/x?q=rain&sort=title',
    ]) {
      expect(navigation(path), path).toBe(true);
    }
  });

  it('no path the server owns, the embeddable player, or a file', () => {
    const owned = [
      `${EMBED_PREFIX}/task/5a1e0001-0000-4000-8000-000000000001`,
      `${PROXY_PREFIX}media?url=x`,
      `${PROXY_PREFIX}sunoapi-co/suno/v3.5/music/query`,
      SIMULATOR_PREFIX,
      `${SIMULATOR_PREFIX}/media/a.mp3`,
      OEMBED_PATH,
      SIGNIN_PATH,
      '/healthz',
      '/robots.txt',
      '/favicon.svg',
      '/assets/index-1a2b.js',
    ];
    for (const path of owned) expect(navigation(path), path).toBe(false);
  });

  it('navigations only, and only this origin’s', () => {
    expect(navigation('/', 'cors')).toBe(false);
    expect(navigation('/', 'no-cors')).toBe(false);
    expect(navigation('/', 'navigate', false)).toBe(false);
  });
});
