/**
 * Suno names models by codename (`chirp-crow`) and by version (`v5`); people know versions.
 * The table holds the codenames whose version is not in doubt.
 */
const VERSIONS: Readonly<Record<string, string>> = {
  'chirp-v3-5': 'v3.5',
  'chirp-v4': 'v4',
  'chirp-auk': 'v4.5',
  'chirp-bluejay': 'v4.5+',
  'chirp-crow': 'v5',
  'chirp-fenix': 'v5.5',
};

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
  const known = modelName ? VERSIONS[modelName.trim().toLowerCase()] : undefined;
  if (known) return known;
  if (version && version.trim()) return asVersion(version);
  return modelName && modelName.trim() ? modelName.trim() : null;
}
