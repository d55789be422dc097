import { useEffect, useState, type ReactNode } from 'react';
import type { KeylessClip } from '../api/cdn-fallback';
import { formatAge } from '../lib/age';
import { probeMedia, type MediaProbe } from '../lib/media-probe';
import { Alert } from '../ui/alert';

export interface KeylessNoticeProps {
  keyless: KeylessClip;
  /** The provider the link was made with ("sunoapi.com"). */
  providerLabel: string;
  /** Why a snapshot in the link was ignored, if it was. */
  snapshotIssue?: string | null;
  /** The app's pages open Settings; the embed says where to go instead. */
  onOpenSettings?: () => void;
  /**
   * The embed's few words: nothing while the clip plays, one short line when it cannot (a
   * compact frame has no room; its "Open in Clip Viewer" link leads to the full story).
   */
  compact?: boolean;
}

/** Whether the clip's audio answers: checked once, before anyone presses Play. */
function useAudioCheck(url: string | null): MediaProbe | 'checking' {
  const [result, setResult] = useState<{ url: string; probe: MediaProbe } | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    void probeMedia(url).then((probe) => {
      if (live) setResult({ url, probe });
    });
    return () => {
      live = false;
    };
  }, [url]);
  if (!url) return 'refused';
  return result?.url === url ? result.probe : 'checking';
}

/**
 * What a recipient without a key is told: where the clip plays from (the sharer's copy, or
 * Suno's public CDN), and, when those links are refused, plainly what happened and what would
 * make it play (a key for that provider, or a fresh link from the sharer).
 */
export function KeylessNotice({
  keyless,
  providerLabel,
  snapshotIssue = null,
  onOpenSettings,
  compact = false,
}: KeylessNoticeProps) {
  const audio = useAudioCheck(keyless.clip.audioUrl);
  const refused = audio === 'refused';
  if (compact) {
    if (!refused) return null;
    return (
      <p role="alert" className="text-xs text-amber-800 dark:text-amber-200">
        {keyless.source === 'snapshot'
          ? 'The sharer’s links to this clip have expired: ask them for a fresh link.'
          : `Suno’s public CDN refused this clip: it needs an API key for ${providerLabel}.`}
      </p>
    );
  }
  const settings = onOpenSettings ? (
    <button type="button" onClick={onOpenSettings} className="font-medium underline">
      Settings
    </button>
  ) : (
    'Settings'
  );
  const key = (
    <>
      an API key for {providerLabel} in {settings}
    </>
  );
  const made = keyless.madeAt !== null ? ` (made ${formatAge(keyless.madeAt)})` : '';
  let message: ReactNode;
  if (keyless.source === 'snapshot') {
    message = refused ? (
      <>
        The sharer’s links to this clip have expired{made}, so it cannot play here. Ask them for a
        fresh link, or add {key}.
      </>
    ) : (
      <>
        Shared from {providerLabel} with a playable copy of its links{made}. Title, cover and artist
        come from that copy; lyrics and details need {key}.
      </>
    );
  } else {
    message = refused ? (
      <>
        Suno’s public CDN refused this clip (it now asks for signed links), so it cannot play here.
        To play it, add {key}, or ask the sharer for a link with a playable copy.
      </>
    ) : (
      <>
        This clip was shared from {providerLabel}. It plays from Suno’s public CDN; its title,
        lyrics and details need {key}.
      </>
    );
  }
  return (
    <div className="space-y-2" data-keyless={keyless.source} data-audio={audio}>
      {snapshotIssue ? (
        <Alert tone="warning" role="status">
          {snapshotIssue}
        </Alert>
      ) : null}
      <Alert tone={refused ? 'warning' : 'info'} role={refused ? 'alert' : undefined}>
        {message}
      </Alert>
    </div>
  );
}

export default KeylessNotice;
