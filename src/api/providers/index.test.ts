import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../domain/providers';
import { fetchLookup } from './index';
import type { ProviderConfig } from './index';
import { stubFetchJson as stub } from './fetch-stub.test-helper';

const C1 = 'c1111111-0000-4000-8000-000000000001';
const TASK_ID = '7a5c0001-0000-4000-8000-00000000aa01';
const C2 = 'c2222222-0000-4000-8000-000000000002';
const TASK = {
  code: 200,
  task_id: 't1',
  status: 'complete',
  clips: [{ id: C1, status: 'complete' }],
};
const CLIPS = { clips: [{ id: C1, status: 'complete' }] };

describe('PROVIDERS', () => {
  it('describes the Demo from its definition', () => {
    expect(PROVIDERS.demo).toMatchObject({
      label: 'Demo simulator',
      defaultBaseUrl: '/sim',
      needsKey: false,
      supportsTasks: true,
      supportsClipIds: true,
    });
    expect(PROVIDERS['sunoapi-co'].supportsClipIds).toBe(false);
    expect(PROVIDERS['sunoapi-com'].supportsTasks).toBe(false);
  });
});

describe('fetchLookup', () => {
  it('sends demo task lookups sunoapi.co-style to the simulator on this origin', async () => {
    const mock = stub(TASK);
    const demo: ProviderConfig = { kind: 'demo', baseUrl: '/sim/', apiKey: '' };
    const result = await fetchLookup(demo, { mode: 'task', taskId: TASK_ID });
    expect(result.clips[0]?.id).toBe(C1);
    const [url, init] = mock.mock.calls[0] ?? [];
    expect(url).toBe(`${window.location.origin}/sim/sunoapi-co/suno/v3.5/music/query`);
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(`{"task_id":"${TASK_ID}"}`);
    const headers = new Headers(init?.headers);
    expect(headers.get('Authorization')).toBe('demo');
    expect(headers.get('Content-Type')).toBe('application/json');
  });

  it("keeps media links on the provider's hosts, the base URL's or this app's, and drops the rest", async () => {
    const media = (host: string) => ({
      audio_url: `https://${host}/${C1}.mp3`,
      image_url: `https://${host}/image_${C1}.jpeg`,
    });
    stub({ clips: [{ id: C1, status: 'complete', ...media('evil.example') }] });
    const config: ProviderConfig = { kind: 'sunoapi-com', baseUrl: '', apiKey: 'k' };
    const [foreign] = (await fetchLookup(config, { mode: 'clips', ids: [C1] })).clips;
    expect(foreign).toMatchObject({ audioUrl: null, audioProblem: 'foreign-host', imageUrl: null });

    stub({ clips: [{ id: C1, status: 'complete', ...media('cdn1.suno.ai') }] });
    const [suno] = (await fetchLookup(config, { mode: 'clips', ids: [C1] })).clips;
    expect(suno?.audioUrl).toBe(`https://cdn1.suno.ai/${C1}.mp3`);

    // A self-hosted or stand-in provider serves its own files from the base URL's host.
    stub({ clips: [{ id: C1, status: 'complete', ...media('suno.home.example') }] });
    const own = { ...config, baseUrl: 'https://suno.home.example/api' };
    const [home] = (await fetchLookup(own, { mode: 'clips', ids: [C1] })).clips;
    expect(home?.imageUrl).toBe(`https://suno.home.example/image_${C1}.jpeg`);
  });

  it('sends demo clip lookups sunoapi.com-style', async () => {
    const mock = stub(CLIPS);
    await fetchLookup(
      { kind: 'demo', baseUrl: '/sim', apiKey: '' },
      { mode: 'clips', ids: [C1, C2] },
    );
    const [url, init] = mock.mock.calls[0] ?? [];
    expect(url).toBe(
      `${window.location.origin}/sim/sunoapi-com/api/v2/suno/v3.5/clips?ids=${C1},${C2}`,
    );
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer demo');
  });

  it('uses the bare key for sunoapi.co and handles a trailing slash', async () => {
    const mock = stub(TASK);
    await fetchLookup(
      { kind: 'sunoapi-co', baseUrl: 'https://api.sunoapi.co/', apiKey: ' key-1 ' },
      { mode: 'task', taskId: TASK_ID },
    );
    const [url, init] = mock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.sunoapi.co/suno/v3.5/music/query');
    expect(new Headers(init?.headers).get('Authorization')).toBe('key-1');
  });

  it('falls back to the default base URL when none is set', async () => {
    const mock = stub(CLIPS);
    await fetchLookup(
      { kind: 'sunoapi-com', baseUrl: '', apiKey: 'k' },
      { mode: 'clips', ids: ['c1'] },
    );
    expect(mock.mock.calls[0]?.[0]).toBe('https://api.sunoapi.com/api/v2/suno/v3.5/clips?ids=c1');
  });

  it('asks for a key instead of sending a keyless request to a real provider', async () => {
    const mock = stub(TASK);
    await expect(
      fetchLookup(
        { kind: 'sunoapi-co', baseUrl: '', apiKey: '  ' },
        { mode: 'task', taskId: TASK_ID },
      ),
    ).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Add your sunoapi.co API key in Settings.'),
    });
    expect(mock).not.toHaveBeenCalled();
  });

  it('never sends the person’s key to the Demo simulator', async () => {
    const mock = stub(TASK);
    await fetchLookup(
      { kind: 'demo', baseUrl: '/sim', apiKey: 'sk-real' },
      { mode: 'task', taskId: TASK_ID },
    );
    expect(new Headers(mock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('demo');
  });

  it('never sends a key over plain http to another computer', async () => {
    const mock = stub(TASK);
    await expect(
      fetchLookup(
        { kind: 'sunoapi-co', baseUrl: 'http://api.example.com', apiKey: 'sk-real' },
        { mode: 'task', taskId: TASK_ID },
      ),
    ).rejects.toMatchObject({ kind: 'auth', message: expect.stringMatching(/only over https/) });
    expect(mock).not.toHaveBeenCalled();
    await fetchLookup(
      { kind: 'sunoapi-co', baseUrl: 'http://127.0.0.1:4317/sim/sunoapi-co', apiKey: 'sk-real' },
      { mode: 'task', taskId: TASK_ID },
    );
    expect(mock).toHaveBeenCalledTimes(1);
  });

  it('says why a saved key was withheld', async () => {
    stub(TASK);
    await expect(
      fetchLookup(
        {
          kind: 'sunoapi-co',
          baseUrl: 'https://mirror.example',
          apiKey: '',
          keyWithheld: { reason: 'other-origin', savedFor: 'https://api.sunoapi.co' },
        },
        { mode: 'task', taskId: TASK_ID },
      ),
    ).rejects.toMatchObject({
      message: expect.stringContaining('saved for https://api.sunoapi.co'),
    });
  });

  it('explains which provider to pick for an unsupported mode', async () => {
    const mock = stub(TASK);
    await expect(
      fetchLookup({ kind: 'sunoapi-co', baseUrl: '', apiKey: 'k' }, { mode: 'clips', ids: ['a'] }),
    ).rejects.toMatchObject({
      kind: 'unsupported',
      message: expect.stringContaining('sunoapi.com'),
    });
    await expect(
      fetchLookup({ kind: 'sunoapi-com', baseUrl: '', apiKey: 'k' }, { mode: 'task', taskId: 'a' }),
    ).rejects.toMatchObject({
      kind: 'unsupported',
      message: expect.stringContaining('sunoapi.co'),
    });
    expect(mock).not.toHaveBeenCalled();
  });
});
