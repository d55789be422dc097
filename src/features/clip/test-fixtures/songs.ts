import { blankClip, type Clip } from '../../../domain/clip';

/** A finished clip numbered `n` (1–9), with an MP3 on a test host; `over` changes any field. */
export function song(n: number, over: Partial<Clip> = {}): Clip {
  const id = `5a1e000${n}-aaaa-4bbb-8ccc-00000000000${n}`;
  return {
    ...blankClip(id),
    status: 'complete',
    title: `Song ${n}`,
    audioUrl: `https://cdn.test/${id}.mp3`,
    ...over,
  };
}
