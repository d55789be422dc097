import { useCallback, useRef } from 'react';
import type { Clip } from '../domain/clip';

/** Answers younger than this are fresh enough: many failures at once make one request. */
const FRESH_FOR_MS = 5_000;

/**
 * Media links expire (signed URLs, a CDN that stops serving unsigned ones). When a cover,
 * the audio, the video or a download fails, the page asks the provider for the clip again,
 * through the same lookup (and its rate limits), and retries with the fresh link. Each failed
 * URL is refreshed once (unless the person asks again): if the fresh answer has the same link, or it fails too, it is given
 * up and the caller says so.
 */
export function useMediaRefresh(
  reload: (() => Promise<Clip[]>) | null,
): (clipId: string, failedUrl: string, again?: boolean) => Promise<Clip | null> {
  const tried = useRef(new Set<string>());
  const latest = useRef<{ at: number; answer: Promise<Clip[]> } | null>(null);

  return useCallback(
    async (clipId, failedUrl, again = false) => {
      // `again`: the person pressed Retry, so the provider is asked anew whatever was tried.
      if (!reload || (tried.current.has(failedUrl) && !again)) return null;
      tried.current.add(failedUrl);
      const now = Date.now();
      if (again || !latest.current || now - latest.current.at > FRESH_FOR_MS) {
        latest.current = { at: now, answer: reload().catch(() => []) };
      }
      const clips = await latest.current.answer;
      return clips.find((c) => c.id === clipId) ?? null;
    },
    [reload],
  );
}
