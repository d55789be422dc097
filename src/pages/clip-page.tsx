import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { knownClipTitle } from '../api/queries';
import { useTimedLyrics } from '../api/timings';
import { clipLrc } from '../domain/lrc';
import { Link } from '../lib/router';
import { taskIdOf, type LookupMode } from '../domain/lookup-target';
import { PROVIDERS } from '../domain/providers';
import { lookupPath } from '../domain/routes';
import { ClipDetails } from '../features/clip';
import { LookupStatus } from '../features/lookup';
import { ClipPlayer } from '../features/player';
import { useOpenSettings } from '../features/settings';
import { Alert } from '../ui/alert';
import { ClipLyrics } from './clip-lyrics';
import { ClipActions } from './clip-parts';
import { usePageLookup } from './use-page-lookup';

interface ClipPageProps {
  mode: LookupMode;
  param: string;
  clipId: string;
}

/** One clip of a lookup, in full. Uses the gallery's query: opening it costs no request. */
export default function ClipPage({ mode, param, clipId }: ClipPageProps) {
  const openSettings = useOpenSettings();
  const queryClient = useQueryClient();
  const { target, config, lookup, clips, refreshMedia, timedWordsOf } = usePageLookup(mode, param);
  const clip = clips.find((c) => c.id === clipId.toLowerCase()) ?? null;
  const taskId = clip ? taskIdOf(target, lookup.takes, clip.id) : null;
  const timed = useTimedLyrics(
    config,
    {
      id: clip?.id ?? '',
      taskId,
      status: clip?.status ?? 'submitted',
      lyrics: clip?.lyrics ?? null,
    },
    // An instrumental has nothing to follow; a clip that does not say is asked about.
    clip !== null && clip.hasVocal !== false,
  );
  const lrc = useMemo(() => (timed && clip ? clipLrc(clip, timed) : null), [timed, clip]);

  if (!target) {
    return (
      <Alert tone="error" role="alert">
        This address does not name a clip.
      </Alert>
    );
  }
  const info = PROVIDERS[config.kind];
  return (
    <div className="space-y-4">
      <Link
        to={lookupPath(target)}
        className="text-sm text-violet-700 hover:underline dark:text-violet-300"
      >
        ← All clips of this lookup
      </Link>
      <LookupStatus lookup={lookup} onOpenSettings={openSettings} />
      {clip ? (
        <Suspense fallback={<p className="text-sm">Loading…</p>}>
          <ClipDetails
            clip={clip}
            providerLabel={info.label}
            supportsClipIds={info.supportsClipIds}
            player={<ClipPlayer clip={clip} />}
            onCoverFailed={(url) => void refreshMedia(clip.id, url)}
            lyrics={<ClipLyrics clip={clip} timed={timed} />}
            titleOf={(id) => knownClipTitle(queryClient, id)}
            actions={
              <ClipActions
                clip={clip}
                owner={{
                  provider: config.kind,
                  target,
                  refresh: refreshMedia,
                  timedOf: timedWordsOf,
                }}
                lrc={lrc}
              />
            }
          />
        </Suspense>
      ) : lookup.result ? (
        <p role="alert" className="text-sm">
          This lookup has no clip with that ID.
        </p>
      ) : null}
    </div>
  );
}
