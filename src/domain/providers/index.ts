/**
 * The one list of providers. Everything that names a provider (the browser client, Settings,
 * the lookup box, the key policy, the server's proxy, share previews and the simulator) reads
 * it from here. Adding a provider: one definition module, one line below (README, "Adding a
 * provider"). Pure data and functions only: no DOM, no Node.
 */
import { acedata } from './acedata';
import type { Clip } from '../clip';
import type { ProviderDefinition } from './definition';
import { demo, SIMULATOR_PREFIX } from './demo';
import { gcui } from './gcui';
import { suno } from './suno';
import { newApi } from './new-api';
import { sunoapiCo } from './sunoapi-co';
import { sunoapiCom } from './sunoapi-com';
import { sunoapiOrg } from './sunoapi-org';

export type { ProviderCall, ProviderDefinition, ProviderReader } from './definition';
export { SIMULATOR_PREFIX };

const DEFINITIONS = [demo, sunoapiCo, sunoapiCom, sunoapiOrg, newApi, acedata, gcui, suno] as const;

export type ProviderKind = (typeof DEFINITIONS)[number]['id'];
export const PROVIDER_KINDS: readonly ProviderKind[] = DEFINITIONS.map((d) => d.id);

/** A definition with what follows from it, spelled out for the places that ask. */
export interface ProviderInfo extends ProviderDefinition {
  id: ProviderKind;
  /** A person must give a key (in Settings, or the server's proxy holds one). */
  needsKey: boolean;
  supportsTasks: boolean;
  supportsClipIds: boolean;
  /** Environment variable that moves the server's proxy to another base URL. */
  baseUrlEnv: string;
  /** Environment variable that gives the server's proxy its own key for this provider. */
  keyEnv: string;
}

const envName = (id: string) => id.toUpperCase().replace(/-/g, '_');

function infoOf(definition: (typeof DEFINITIONS)[number]): ProviderInfo {
  return {
    ...definition,
    needsKey: definition.key !== null && definition.simulated !== true,
    supportsTasks: definition.lookups.task !== undefined,
    supportsClipIds: definition.lookups.clips !== undefined,
    baseUrlEnv: `PROXY_${envName(definition.id)}_URL`,
    keyEnv: `PROXY_${envName(definition.id)}_KEY`,
  };
}

export const PROVIDERS = Object.fromEntries(DEFINITIONS.map((d) => [d.id, infoOf(d)])) as Readonly<
  Record<ProviderKind, ProviderInfo>
>;

/** The providers a person brings a key or a server for: all but the simulator. */
export const REAL_PROVIDERS: readonly RealProviderKind[] = PROVIDER_KINDS.filter(
  (kind): kind is RealProviderKind => PROVIDERS[kind].simulated !== true,
);
export type RealProviderKind = Exclude<ProviderKind, 'demo'>;

/** The app server's proxy: `/proxy/<kind>` forwards that provider's calls. */
export const PROXY_PREFIX = '/proxy/';

export function isProviderKind(value: unknown): value is ProviderKind {
  return typeof value === 'string' && (PROVIDER_KINDS as readonly string[]).includes(value);
}

export function isRealProvider(value: unknown): value is RealProviderKind {
  return isProviderKind(value) && PROVIDERS[value].simulated !== true;
}

/** Whether a provider is the built-in simulator (its links, keys and media are the app's own). */
export function isSimulated(kind: ProviderKind): boolean {
  return PROVIDERS[kind].simulated === true;
}

/** Whether a host is in a list of media hosts (exact names, or `.example.com` for sub-domains). */
export function matchesMediaHost(hosts: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((entry) =>
    entry.startsWith('.') ? host.endsWith(entry) && host.length > entry.length : host === entry,
  );
}

/** Whether a host is one a provider's definition names for its media. */
export function isMediaHostOf(kind: ProviderKind, hostname: string): boolean {
  return matchesMediaHost(PROVIDERS[kind].mediaHosts, hostname);
}

/**
 * A clip with only the media links a provider may hand out: hosts its definition names, or
 * `alsoHosts` (this app's own, the base URL the person chose, a build's CDN stand-ins). A link
 * elsewhere, in an answer or in a shared link's copy, is dropped before anything fetches it.
 */
export function withProviderMedia<C extends MediaLinks>(
  kind: ProviderKind,
  clip: C,
  alsoHosts: readonly string[],
): C {
  const hosts = [...PROVIDERS[kind].mediaHosts, ...alsoHosts];
  const keep = (url: string | null) =>
    url !== null && matchesMediaHost(hosts, new URL(url).hostname) ? url : null;
  const audioUrl = keep(clip.audioUrl);
  return {
    ...clip,
    audioUrl,
    audioProblem: audioUrl === null && clip.audioUrl !== null ? 'foreign-host' : clip.audioProblem,
    videoUrl: keep(clip.videoUrl),
    imageUrl: keep(clip.imageUrl),
    imageLargeUrl: keep(clip.imageLargeUrl),
    avatarUrl: keep(clip.avatarUrl),
  };
}

type MediaLinks = Pick<
  Clip,
  'audioUrl' | 'audioProblem' | 'videoUrl' | 'imageUrl' | 'imageLargeUrl' | 'avatarUrl'
>;

/** Every media host any real provider names: what the server's media relay may fetch from. */
export const ALL_MEDIA_HOSTS: readonly string[] = [
  ...new Set(REAL_PROVIDERS.flatMap((kind) => PROVIDERS[kind].mediaHosts)),
];
