import { useId, useState, type FormEvent } from 'react';
import { PROVIDER_KINDS, PROVIDERS, PROXY_PREFIX, type ProviderKind } from '../../domain/providers';
import { Modal } from '../../ui/modal';
import { fieldClass, primaryButton, secondaryButton } from '../../ui/button-styles';
import { baseUrlFor, forgetKey, saveSettings, type Settings } from './settings-store';

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

function SettingsForm({ settings, onClose, onSaved }: Omit<SettingsDialogProps, 'open'>) {
  const [kind, setKind] = useState<ProviderKind>(settings.kind);
  const [baseUrls, setBaseUrls] = useState(settings.baseUrls);
  const [apiKey, setApiKey] = useState(settings.apiKey);
  const [remember, setRemember] = useState(settings.rememberKey);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { provider: useId(), base: useId(), key: useId(), remember: useId(), hint: useId() };
  const info = PROVIDERS[kind];
  const baseUrl = baseUrlFor({ ...settings, baseUrls }, kind);

  function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = baseUrl.trim();
    if (!isUsableBaseUrl(trimmed)) {
      setProblem('Base URL must start with http://, https:// or / (a path on this site).');
      return;
    }
    saveSettings({
      kind,
      baseUrls: { ...baseUrls, [kind]: trimmed },
      apiKey,
      rememberKey: remember,
    });
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
          onChange={(e) => setBaseUrls({ ...baseUrls, [kind]: e.target.value })}
          className={fieldClass}
        />
        {kind !== 'demo' ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            If the provider refuses requests from browsers, or the key should stay on the server,{' '}
            <button
              type="button"
              className="font-medium text-violet-700 underline dark:text-violet-300"
              onClick={() => setBaseUrls({ ...baseUrls, [kind]: `${PROXY_PREFIX}${kind}` })}
            >
              use this app’s server proxy
            </button>{' '}
            (it adds SUNO_API_KEY from the server’s environment when no key is entered here).
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={ids.key} className="block text-sm font-medium">
          API key
        </label>
        <input
          id={ids.key}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          placeholder={info.needsKey ? 'Required for this provider' : 'Not needed for the demo'}
          onChange={(e) => setApiKey(e.target.value)}
          className={fieldClass}
        />
        <div className="flex items-center gap-2 pt-1">
          <input
            id={ids.remember}
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
            className="size-4 accent-violet-600"
          />
          <label htmlFor={ids.remember} className="text-sm">
            Remember on this device
          </label>
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The key is sent only to the provider above and is kept for this browser session unless you
          ask to remember it.
        </p>
      </div>
      {problem ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {settings.apiKey ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              forgetKey();
              setApiKey('');
              setRemember(false);
            }}
          >
            Forget key
          </button>
        ) : null}
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
  if (kind === 'demo') return 'The built-in simulator: works with no key and no network.';
  return info.supportsTasks
    ? `${info.label} looks up task IDs.`
    : `${info.label} looks up clip IDs.`;
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
