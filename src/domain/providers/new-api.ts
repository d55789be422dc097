/**
 * new-api / one-api relays, which many resellers run: a task ID in, the task with Suno's own
 * clips inside out. `GET {base}/suno/fetch/{id}` with `Authorization: Bearer <token>`; several
 * at once with `POST {base}/suno/fetch {"ids": […]}`. Relays have no canonical host.
 */
import { defineProvider } from './define';
import { SUNO_MEDIA_HOSTS } from './suno-media';

export const newApi = defineProvider({
  id: 'new-api',
  label: 'new-api relay',
  // `.invalid` never resolves (RFC 2606), so a key can never leave before the address is set.
  defaultBaseUrl: 'https://your-relay.invalid',
  key: { header: 'Authorization', prefix: 'Bearer ' },
  keyHelp:
    'Put your relay’s address in Base URL (its root, not …/v1: relays answer Suno calls at /suno/…) and its token as the key.',
  lookups: {
    task: {
      method: 'GET',
      path: '/suno/fetch/{id}',
      maxIds: 1,
      idForm: 'token',
    },
  },
  extraCalls: {
    batch: { method: 'POST', path: '/suno/fetch', body: { ids: '{ids}' }, maxIds: 20 },
  },
  mediaHosts: SUNO_MEDIA_HOSTS,
  load: () => import('./new-api.read').then((m) => m.reader),
});
