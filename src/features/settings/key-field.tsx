import { useId } from 'react';
import { INSECURE_KEY_MESSAGE } from '../../domain/key-policy';
import { PROVIDERS, type ProviderKind } from '../../domain/providers';
import { fieldClass, secondaryButton } from '../../ui/button-styles';

export interface KeyDraft {
  value: string;
  remember: boolean;
  /** The origin the stored key is bound to, if one is stored. */
  savedFor: string | null;
}

interface KeyFieldProps {
  kind: ProviderKind;
  draft: KeyDraft | null;
  /** Where a key saved now would go (the base URL's origin), and whether that is allowed. */
  origin: string;
  insecure: boolean;
  onChange: (draft: KeyDraft) => void;
  onForget: () => void;
}

/** The API key of the provider chosen above: only its own, never another provider's. */
export function KeyField({ kind, draft, origin, insecure, onChange, onForget }: KeyFieldProps) {
  const ids = { key: useId(), remember: useId(), note: useId() };
  const { needsKey, label } = PROVIDERS[kind];
  const value = draft?.value ?? '';
  const moved = draft?.savedFor && value && draft.savedFor !== origin ? draft.savedFor : null;
  return (
    <div className="space-y-1">
      <label htmlFor={ids.key} className="block text-sm font-medium">
        API key
      </label>
      <input
        id={ids.key}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={!needsKey}
        aria-describedby={ids.note}
        placeholder={needsKey ? 'Required for this provider' : `Not needed for ${label}`}
        onChange={(e) => draft && onChange({ ...draft, value: e.target.value })}
        className={fieldClass}
      />
      {needsKey && draft ? (
        <div className="flex flex-wrap items-center gap-2 pt-1">
          <input
            id={ids.remember}
            type="checkbox"
            checked={draft.remember}
            onChange={(e) => onChange({ ...draft, remember: e.target.checked })}
            className="size-4 accent-violet-600"
          />
          <label htmlFor={ids.remember} className="flex-1 text-sm">
            Remember on this device
          </label>
          {draft.savedFor ? (
            <button type="button" className={secondaryButton} onClick={onForget}>
              Forget key
            </button>
          ) : null}
        </div>
      ) : null}
      <p id={ids.note} className="text-xs text-zinc-600 dark:text-zinc-400">
        {!needsKey
          ? `${label} needs no key, and is never sent one.`
          : insecure && value
            ? `${INSECURE_KEY_MESSAGE} Use an https base URL, or leave the key empty to use this app’s server proxy.`
            : `Each provider keeps its own key. This one is sent only to ${origin || 'the base URL above'}, and kept for this browser session unless you ask to remember it.`}
        {moved ? ` It was saved for ${moved}; saving sends it to ${origin} instead.` : ''}
      </p>
    </div>
  );
}
