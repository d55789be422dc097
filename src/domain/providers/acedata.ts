/**
 * AceData Cloud: a task ID in, the task's clips out, beside an echo of the request that made it.
 * `POST {base}/suno/tasks` with `{"id", "action": "retrieve"}` and a Bearer key
 * (AceDataCloud/SunoAPI docs/suno_tasks_api_integration_guide.md).
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const acedata = defineProvider({
  id: 'acedata',
  label: 'AceData',
  defaultBaseUrl: 'https://api.acedata.cloud',
  key: { header: 'Authorization', prefix: 'Bearer ' },
  keyHelp: 'Your key is on platform.acedata.cloud, under the Suno service you applied for.',
  lookups: {
    task: {
      method: 'POST',
      path: '/suno/tasks',
      body: { id: '{id}', action: 'retrieve' },
      maxIds: 1,
      idForm: 'uuid',
    },
  },
  extraCalls: {
    // Several tasks in one call, answered `{items: [task…], count}`.
    batch: {
      method: 'POST',
      path: '/suno/tasks',
      body: { ids: '{ids}', action: 'retrieve_batch' },
      maxIds: 20,
    },
    timings: { method: 'POST', path: '/suno/timing', body: { audio_id: '{id}' }, maxIds: 1 },
  },
  // AceData hands out Suno's links, and copies on its own CDN for some results.
  mediaHosts: [...SUNO_MEDIA_HOSTS, '.acedata.cloud'],
  load: () => import('./acedata.read').then((m) => m.reader),
});
