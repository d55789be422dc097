import { useId, useState } from 'react';
import { displayTitle } from '../../api/clip';
import { buildShareLink, formatStartTime } from '../../domain/share-link';
import { primaryButton, secondaryButton, fieldClass } from '../../ui/button-styles';
import { Modal } from '../../ui/modal';
import type { ShareButtonProps } from './share-button';

interface ShareDialogProps extends ShareButtonProps {
  onClose: () => void;
}

/** "Share": a read-only link to this clip, optionally at the moment playing now. */
export default function ShareDialog({
  clip,
  provider,
  target,
  currentTime,
  onClose,
}: ShareDialogProps) {
  // The moment is taken when the dialog opens, so the link does not change under the cursor.
  const [now] = useState(currentTime);
  const [withTime, setWithTime] = useState(now >= 1);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();
  const timeId = useId();
  const link = buildShareLink(window.location.origin, {
    provider,
    lookup: target,
    clipId: clip.id,
    at: withTime ? now : null,
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
        <div className="space-y-1">
          <label htmlFor={linkId} className="block text-sm font-medium">
            Share link
          </label>
          <input
            id={linkId}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className={`${fieldClass} font-mono text-xs`}
          />
        </div>
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
      </div>
    </Modal>
  );
}
