import { useId, useState } from 'react';
import { displayTitle, startWithin } from '../../domain/clip';
import { embedSnippet } from '../../domain/embed-code';
import { isRealProvider } from '../../domain/providers';
import { buildEmbedLink, buildShareLink, formatStartTime } from '../../domain/share-link';
import { withSnapshot } from '../../domain/share-snapshot';
import { primaryButton, secondaryButton } from '../../ui/button-styles';
import { CopyButton } from '../../ui/copy-button';
import { Modal } from '../../ui/modal';
import { QrCode } from './qr-code';
import { ReadOnlyField } from './read-only-field';
import type { ShareButtonProps } from './types';
import { snapshotOf } from './snapshot-of';

interface ShareDialogProps extends ShareButtonProps {
  onClose: () => void;
}

/**
 * "Share": a read-only link to this clip, optionally at the moment playing now and with a
 * playable copy of its links; the embed code of its player; a QR code of the link.
 */
export default function ShareDialog({
  clip,
  provider,
  target,
  currentTime,
  onClose,
}: ShareDialogProps) {
  // The moment is taken when the dialog opens, so the link does not change under the cursor.
  const [now] = useState(() => startWithin(currentTime(), clip.duration));
  const [madeAt] = useState(Date.now);
  const [withTime, setWithTime] = useState(now >= 1);
  const [withCopy, setWithCopy] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();
  const timeId = useId();
  const copyId = useId();
  const embedId = useId();
  const shareTarget = { provider, lookup: target, clipId: clip.id, at: withTime ? now : null };
  const origin = window.location.origin;
  // Only a real provider's links need a copy: the Demo plays for anyone without a key.
  const snapshot = isRealProvider(provider) ? snapshotOf(clip, madeAt) : null;
  const fragment = withCopy && snapshot ? snapshot : null;
  const plain = buildShareLink(origin, shareTarget);
  const link = fragment ? withSnapshot(plain, fragment) : plain;
  const embedLink = buildEmbedLink(origin, shareTarget);
  const embedCode = embedSnippet({
    src: fragment ? withSnapshot(embedLink, fragment) : embedLink,
    title: displayTitle(clip),
  });
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text so Ctrl+C works.
      const field = document.getElementById(linkId);
      if (field instanceof HTMLInputElement) field.select();
      setCopied('failed');
    }
  }

  return (
    <Modal open title={`Share “${displayTitle(clip)}”`} onClose={onClose}>
      <div className="space-y-4">
        <ReadOnlyField id={linkId} label="Share link" value={link} />
        <div className="flex items-center gap-2">
          <input
            id={timeId}
            type="checkbox"
            checked={withTime}
            disabled={now < 1}
            onChange={(e) => setWithTime(e.target.checked)}
            className="size-4 accent-violet-600"
          />
          <label htmlFor={timeId} className="text-sm">
            Start at current time{now >= 1 ? ` (${formatStartTime(now)})` : ''}
          </label>
        </div>
        {isRealProvider(provider) ? (
          <div className="grid grid-cols-[auto_1fr] items-start gap-x-2 gap-y-0.5">
            <input
              id={copyId}
              type="checkbox"
              checked={withCopy}
              disabled={snapshot === null}
              onChange={(e) => setWithCopy(e.target.checked)}
              aria-describedby={`${copyId}-why`}
              className="mt-0.5 size-4 accent-violet-600"
            />
            <label htmlFor={copyId} className="text-sm">
              Include a playable copy of the links
            </label>
            <p
              id={`${copyId}-why`}
              className="col-start-2 text-xs text-zinc-600 dark:text-zinc-400"
            >
              {snapshot === null
                ? 'Not available: the clip has no finished audio, or its links are too long.'
                : 'Lets someone without an API key play it until the provider’s links expire.'}
            </p>
          </div>
        ) : null}
        <p aria-live="polite" className="min-h-5 text-sm text-zinc-700 dark:text-zinc-300">
          {copied === 'yes'
            ? 'Link copied.'
            : copied === 'failed'
              ? 'Copying is blocked here: the link is selected, press Ctrl+C (⌘C) to copy it.'
              : ''}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          {canShare ? (
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                navigator.share({ title: displayTitle(clip), url: link }).catch(() => undefined);
              }}
            >
              Share via…
            </button>
          ) : null}
          <button type="button" className={primaryButton} onClick={() => void copy()}>
            Copy
          </button>
        </div>
        <div className="space-y-1 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <ReadOnlyField id={embedId} label="Embed code" value={embedCode} lines={3} />
          <CopyButton label="Copy embed code" text={embedCode} />
        </div>
        <div className="flex items-center gap-4 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <QrCode text={link} />
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Scan to open this clip on a phone.
          </p>
        </div>
      </div>
    </Modal>
  );
}
