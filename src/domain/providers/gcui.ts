/**
 * gcui-art/suno-api, the free self-hosted server: clip IDs in, a bare array of flattened clips
 * out. It holds the Suno cookie itself, so the app sends no key; tasks are not a thing there
 * (gcui-art/suno-api src/app/api/get/route.ts).
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const gcui = defineProvider({
  id: 'gcui',
  label: 'gcui-art suno-api (self-hosted)',
  defaultBaseUrl: 'http://localhost:3000',
  key: null,
  keyHelp:
    'No key: your own suno-api server holds your Suno cookie. Put its address (e.g. http://localhost:3000) in Base URL.',
  lookups: {
    clips: { method: 'GET', path: '/api/get', query: { ids: '{ids}' }, maxIds: 20 },
  },
  extraCalls: {
    timings: {
      method: 'GET',
      path: '/api/get_aligned_lyrics',
      query: { song_id: '{id}' },
      maxIds: 1,
    },
  },
  mediaHosts: SUNO_MEDIA_HOSTS,
  load: () => import('./gcui.read').then((m) => m.reader),
});
