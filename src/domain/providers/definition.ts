/**
 * What a provider is, written once: everything the browser client, Settings, the lookup box,
 * the key policy, the server's proxy and previews, and the simulator need to know about it.
 * A definition is plain data plus a lazy `load()` of its reader, so the page shell can list
 * providers without carrying their schemas (they load with the first lookup).
 */
import type { LookupResult } from '../clip';
import type { IdForm } from '../ids';
import type { AlignedWord } from '../timed-lyrics';

/**
 * Where a call carries the IDs it asks for: one ID, several joined by commas, or the second of
 * two (a call that names a task and one of its clips: `{id}` the task, `{id2}` the clip).
 */
export type IdSlot = '{id}' | '{ids}' | '{id2}';

/** One HTTP call the app makes to a provider. The proxy forwards these and nothing else. */
export interface ProviderCall {
  method: 'GET' | 'POST';
  /** Path under the base URL; `{id}` stands for the one ID the call names. */
  path: string;
  /** Query parameters the call sends, each carrying an ID slot. Only these are forwarded. */
  query?: Readonly<Record<string, IdSlot>>;
  /**
   * A JSON body. A value `{id}` becomes the ID, `{ids}` the list of IDs, `{id2}` the second
   * ID; any other string is sent as written (`"action": "retrieve"`).
   */
  body?: Readonly<Record<string, string>>;
  /** How many IDs one call may carry. */
  maxIds: number;
  /** The key's style for this call when it differs from the provider's (the Demo's dialects). */
  key?: KeyStyle;
}

/** How the key travels: a header and what comes before the key in it. */
export interface KeyStyle {
  header: string;
  /** `'Bearer '` or `''` (the bare key). */
  prefix: string;
}

export interface ProviderDefinition {
  /** Stable ID: in settings, share links (`p=`), the proxy path and the simulator's path. */
  id: string;
  /** The name people know, as Settings lists it. */
  label: string;
  defaultBaseUrl: string;
  /** Other hosts that serve the same dialect, offered beside the base URL. */
  baseUrlChoices?: readonly { label: string; url: string }[];
  /** Null when the provider takes no key (a self-hosted server holds its own credentials). */
  key: KeyStyle | null;
  /** An older environment variable the server also reads this provider's key from. */
  sharedKeyEnv?: string;
  /** One line telling a person where to find their key, or what to put in the base URL. */
  keyHelp: string;
  /** The built-in simulator: never sent a person's key, speaks other definitions' dialects. */
  simulated?: boolean;
  /** The calls that look clips up. A provider offers tasks, clip IDs, or both. */
  lookups: {
    task?: ProviderCall & { idForm: IdForm };
    clips?: ProviderCall;
  };
  /** Further calls the app may make (timestamped lyrics); the proxy forwards them too. */
  extraCalls?: Readonly<Record<string, ProviderCall>>;
  /**
   * Hosts the provider's media comes from: exact names, or `.example.com` for any sub-domain.
   * The media relay and share previews accept these and no others.
   */
  mediaHosts: readonly string[];
  /** The code that reads answers: loaded with the first lookup, not with the page. */
  load: () => Promise<ProviderReader>;
}

/** What a reader is told about the request an answer came from. */
export interface ReadContext {
  mode: 'task' | 'clips';
  ids: readonly string[];
}

export interface ProviderReader {
  /**
   * An answer of the lookup call → the clips and the task's state. Throws an `ApiError` for
   * an error envelope (with the provider's words) or for an answer that is not this dialect.
   */
  readLookup(json: unknown, context: ReadContext): LookupResult;
  /** Whether a JSON document someone pasted is an answer in this dialect (a callback body too). */
  recognizes(json: unknown): boolean;
  /**
   * An answer of the `timings` extra call → the clip's aligned words, empty for an
   * instrumental. Throws an `ApiError` for an error envelope. Only providers with the call.
   */
  readTimings?(json: unknown): AlignedWord[];
}
