/**
 * sunoapi.org, kie.ai and apibox: one API under three hosts. A task ID in, the task's clips
 * out: `GET {base}/api/v1/generate/record-info?taskId=…` with `Authorization: Bearer <key>`.
 * Their own media hosts carry the copies they hand out; the `source*` fields point at Suno's.
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

/** Where these providers keep the files they hand out (seen in their answers and callbacks). */
const OWN_MEDIA_HOSTS = [
  '.aiquickdraw.com',
  '.removeai.ai',
  '.redpandaai.co',
  '.erweima.ai',
  '.api.box',
] as const;

export const sunoapiOrg = defineProvider({
  id: 'sunoapi-org',
  label: 'sunoapi.org / kie.ai',
  defaultBaseUrl: 'https://api.sunoapi.org',
  baseUrlChoices: [
    { label: 'kie.ai', url: 'https://api.kie.ai' },
    { label: 'apibox', url: 'https://apibox.erweima.ai' },
  ],
  key: { header: 'Authorization', prefix: 'Bearer ' },
  keyHelp: 'Your key is on the API Key page of your sunoapi.org (or kie.ai) dashboard.',
  lookups: {
    task: {
      method: 'GET',
      path: '/api/v1/generate/record-info',
      query: { taskId: '{id}' },
      maxIds: 1,
      idForm: 'token',
    },
  },
  extraCalls: {
    // Names the task and one of its clips: [taskId, clipId].
    timings: {
      method: 'POST',
      path: '/api/v1/generate/get-timestamped-lyrics',
      body: { taskId: '{id}', audioId: '{id2}' },
      maxIds: 2,
    },
  },
  mediaHosts: [...OWN_MEDIA_HOSTS, ...SUNO_MEDIA_HOSTS],
  load: () => import('./sunoapi-org.read').then((m) => m.reader),
});
