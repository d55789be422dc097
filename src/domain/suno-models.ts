/**
 * Suno names models by codename (`chirp-crow`) and by version (`v5`); people know versions.
 * The table holds the codenames whose version is not in doubt.
 */
const VERSIONS: Readonly<Record<string, string>> = {
  'chirp-v3-5': 'v3.5',
  'chirp-v4': 'v4',
  'chirp-auk': 'v4.5',
  'chirp-bluejay': 'v4.5+',
  'chirp-auk-turbo': 'v4.5-all',
  'chirp-crow': 'v5',
  'chirp-fenix': 'v5.5',
};

/**
 * Resellers name models as versions in their own spelling: kie.ai and sunoapi.org send
 * `V4_5ALL`, `V4_5PLUS`, `V6_MINI`; Suno's newest line is `v6`, `v6-wild`, `v6-mini`.
 */
const RESELLER_VERSION = /^v(\d+)(?:[_.](\d+))?(?:[_-]?(all|plus|mini|wild|pro))?$/i;
const SUFFIXES: Readonly<Record<string, string>> = {
  all: '-all',
  plus: '+',
  mini: '-mini',
  wild: '-wild',
  pro: '-pro',
};

function resellerVersion(name: string): string | null {
  const match = RESELLER_VERSION.exec(name.trim());
  if (!match) return null;
  const [, major, minor, suffix] = match;
  return `v${major}${minor ? `.${minor}` : ''}${suffix ? (SUFFIXES[suffix.toLowerCase()] ?? '') : ''}`;
}

/** "4.5" → "v4.5"; anything else as it came. */
function asVersion(version: string): string {
  const text = version.trim();
  return /^\d/.test(text) ? `v${text}` : text;
}

/**
 * The model as one label people know: the codename's version when the table knows it, else
 * the provider's version, else the raw name. Never the same thing twice.
 */
export function modelLabel(modelName: string | null, version: string | null): string | null {
  const known = modelName
    ? (VERSIONS[modelName.trim().toLowerCase()] ?? resellerVersion(modelName))
    : undefined;
  if (known) return known;
  if (version && version.trim()) return asVersion(version);
  return modelName && modelName.trim() ? modelName.trim() : null;
}
