/**
 * Reading an MP3's bytes from the page, for the waveform and for streaming alike. Reading
 * needs CORS, which playback through a media element does not: a refusal here is said as
 * such, so the caller can fall back to the browser's own download.
 */

export class WaveformUnavailable extends Error {
  constructor(
    message: string,
    readonly reason: 'cors' | 'network' | 'decode',
    /** The HTTP status the audio host answered with, when it answered at all. */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'WaveformUnavailable';
  }
}

export const CORS_MESSAGE =
  'No waveform: the audio host does not allow this page to read the file. Playback still works.';

/** The audio's response, or why there is none. */
export async function fetchAudio(
  url: string,
  signal: AbortSignal,
  headers?: HeadersInit,
): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { signal, mode: 'cors', credentials: 'omit', headers });
  } catch (e) {
    if (signal.aborted) throw e;
    // A TypeError from fetch on a reachable host is almost always a CORS refusal.
    throw new WaveformUnavailable(CORS_MESSAGE, 'cors');
  }
  if (!res.ok) {
    throw new WaveformUnavailable(`The audio host answered ${res.status}.`, 'network', res.status);
  }
  return res;
}
