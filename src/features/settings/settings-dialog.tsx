import { useId, useState, type FormEvent } from 'react';
import { resolveBaseUrl } from '../../domain/providers/url';
import { keyRefusal } from '../../domain/key-policy';
import {
  isRealProvider,
  PROVIDER_KINDS,
  PROVIDERS,
  PROXY_PREFIX,
  REAL_PROVIDERS,
  type ProviderKind,
  type RealProviderKind,
} from '../../domain/providers';
import { fieldClass, primaryButton, secondaryButton } from '../../ui/button-styles';
import { Modal } from '../../ui/modal';
import { KeyField, type KeyDraft } from './key-field';
import { baseUrlFor, forgetKey, keyOriginFor, saveSettings, type Settings } from './settings-store';

interface SettingsDialogProps {
  open: boolean;
  settings: Settings;
  onClose: () => void;
  onSaved: () => void;
}

export default function SettingsDialog({ open, settings, onClose, onSaved }: SettingsDialogProps) {
  return (
    <Modal open={open} title="Settings" onClose={onClose}>
      {/* Remounted on every open so the form starts from what is saved. */}
      {open ? <SettingsForm settings={settings} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function draftsFrom(settings: Settings): Record<RealProviderKind, KeyDraft> {
  const drafts = {} as Record<RealProviderKind, KeyDraft>;
  for (const kind of REAL_PROVIDERS) {
    const saved = settings.keys[kind];
    drafts[kind] = {
      value: saved?.key ?? '',
      remember: saved?.remember ?? false,
      savedFor: saved?.origin ?? null,
    };
  }
  return drafts;
}

function SettingsForm({ settings, onClose, onSaved }: Omit<SettingsDialogProps, 'open'>) {
  const [kind, setKind] = useState<ProviderKind>(settings.kind);
  const [baseUrls, setBaseUrls] = useState(settings.baseUrls);
  const [drafts, setDrafts] = useState(() => draftsFrom(settings));
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { provider: useId(), base: useId(), hint: useId() };
  const info = PROVIDERS[kind];
  const baseUrl = baseUrlFor({ baseUrls }, kind);
  const origin = isUsableBaseUrl(baseUrl.trim()) ? keyOriginFor({ baseUrls }, kind) : '';
  const draft = isRealProvider(kind) ? drafts[kind] : null;
  const insecure =
    isUsableBaseUrl(baseUrl.trim()) && keyRefusal(resolveBaseUrl(baseUrl), null) === 'insecure';

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = baseUrl.trim();
    if (!isUsableBaseUrl(trimmed)) {
      setProblem('Base URL must start with http://, https:// or / (a path on this site).');
      return;
    }
    if (draft && draft.value.trim() && insecure) {
      setProblem(
        'This key would travel over plain http. Use an https base URL, or leave the key empty to use this app’s server proxy.',
      );
      return;
    }
    saveSettings(
      { kind, baseUrls: { ...baseUrls, [kind]: trimmed } },
      draft ? { value: draft.value, remember: draft.remember } : { value: '', remember: false },
    );
    onSaved();
    onClose();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor={ids.provider} className="block text-sm font-medium">
          Provider
        </label>
        <select
          id={ids.provider}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ProviderKind);
            setProblem(null);
          }}
          className={fieldClass}
        >
          {PROVIDER_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROVIDERS[k].label}
            </option>
          ))}
        </select>
        <p id={ids.hint} className="text-xs text-zinc-600 dark:text-zinc-400">
          {describe(kind)}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.base} className="block text-sm font-medium">
          Base URL
        </label>
        <input
          id={ids.base}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={baseUrl}
          onChange={(e) => {
            setBaseUrls({ ...baseUrls, [kind]: e.target.value });
            setProblem(null);
          }}
          className={fieldClass}
        />
        {info.baseUrlChoices?.length ? (
          // Buttons, not a <datalist>: the field stays a plain textbox and every choice is visible.
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            The same API is served at{' '}
            {[{ label: info.label, url: info.defaultBaseUrl }, ...info.baseUrlChoices].map(
              (choice, i, all) => (
                <span key={choice.url}>
                  <button
                    type="button"
                    title={choice.label}
                    aria-pressed={baseUrl.trim() === choice.url}
                    className="font-medium text-violet-700 underline dark:text-violet-300"
                    onClick={() => {
                      setBaseUrls({ ...baseUrls, [kind]: choice.url });
                      setProblem(null);
                    }}
                  >
                    {new URL(choice.url).host}
                  </button>
                  {i < all.length - 1 ? ', ' : '.'}
                </span>
              ),
            )}
          </p>
        ) : null}
        {isRealProvider(kind) ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            If the provider refuses requests from browsers, or the key should stay on the server,{' '}
            <button
              type="button"
              className="font-medium text-violet-700 underline dark:text-violet-300"
              onClick={() => setBaseUrls({ ...baseUrls, [kind]: `${PROXY_PREFIX}${kind}` })}
            >
              use this app’s server proxy
            </button>{' '}
            {info.needsKey
              ? ` (it adds the server’s own key, ${info.keyEnv}, when no key is entered here).`
              : '.'}
          </p>
        ) : null}
      </div>
      <KeyField
        kind={kind}
        draft={draft}
        origin={origin}
        insecure={insecure}
        onChange={(next) => {
          if (isRealProvider(kind)) setDrafts({ ...drafts, [kind]: next });
          setProblem(null);
        }}
        onForget={() => {
          forgetKey(kind);
          if (isRealProvider(kind)) {
            setDrafts({ ...drafts, [kind]: { value: '', remember: false, savedFor: null } });
          }
        }}
      />
      {problem ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={secondaryButton} onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className={primaryButton}>
          Save
        </button>
      </div>
    </form>
  );
}

function describe(kind: ProviderKind): string {
  const info = PROVIDERS[kind];
  if (info.simulated) return 'The built-in simulator: works with no key and no network.';
  const what =
    info.supportsTasks && info.supportsClipIds
      ? 'task IDs and clip IDs'
      : info.supportsTasks
        ? 'task IDs'
        : 'clip IDs';
  return `${info.label} looks up ${what}. ${info.keyHelp}`;
}

function isUsableBaseUrl(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
