/**
 * sunoapi.com (a seed provider): clip IDs in, those clips out.
 * `GET {base}/api/v2/suno/v3.5/clips?ids=a,b` with `Authorization: Bearer <key>`.
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const sunoapiCom = defineProvider({
  id: 'sunoapi-com',
  label: 'sunoapi.com',
  defaultBaseUrl: 'https://api.sunoapi.com',
  key: { header: 'Authorization', prefix: 'Bearer ' },
  sharedKeyEnv: 'SUNO_API_KEY',
  keyHelp: 'Your key is on your sunoapi.com dashboard.',
  lookups: {
    clips: {
      method: 'GET',
      path: '/api/v2/suno/v3.5/clips',
      query: { ids: '{ids}' },
      maxIds: 20,
    },
  },
  mediaHosts: SUNO_MEDIA_HOSTS,
  load: () => import('./sunoapi-com.read').then((m) => m.reader),
});
