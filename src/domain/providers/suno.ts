/**
 * Suno's own external API, whose keys Suno gives to partners (and hackathons): clip IDs in, a
 * bare array of Suno clips out (suno-ai/hackmit-starter-app app/api/check-status/route.ts).
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const suno = defineProvider({
  id: 'suno',
  label: 'Suno API',
  defaultBaseUrl: 'https://studio-api.prod.suno.com',
  key: { header: 'Authorization', prefix: 'Bearer ' },
  keyHelp: 'Suno gives keys for its API to its partners; ask your Suno contact for yours.',
  lookups: {
    // The trailing slash is part of Suno's path.
    clips: { method: 'GET', path: '/api/v2/external/clips/', query: { ids: '{ids}' }, maxIds: 20 },
  },
  extraCalls: {
    timings: { method: 'GET', path: '/api/gen/{id}/aligned_lyrics/v2/', maxIds: 1 },
  },
  mediaHosts: SUNO_MEDIA_HOSTS,
  load: () => import('./suno.read').then((m) => m.reader),
});
