/**
 * sunoapi.co (a seed provider): one task ID in, the task's clips out.
 * `POST {base}/suno/v3.5/music/query` with `{"task_id"}` and the bare key as Authorization.
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const sunoapiCo = defineProvider({
  id: 'sunoapi-co',
  label: 'sunoapi.co',
  defaultBaseUrl: 'https://api.sunoapi.co',
  key: { header: 'Authorization', prefix: '' },
  sharedKeyEnv: 'SUNO_API_KEY',
  keyHelp: 'Your key is on your sunoapi.co dashboard.',
  lookups: {
    task: {
      method: 'POST',
      path: '/suno/v3.5/music/query',
      body: { task_id: '{id}' },
      maxIds: 1,
      idForm: 'uuid',
    },
  },
  mediaHosts: SUNO_MEDIA_HOSTS,
  load: () => import('./sunoapi-co.read').then((m) => m.reader),
});
