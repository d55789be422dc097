/**
 * A provider call as a request: the path, query and body filled in with the IDs asked for,
 * and the key written the provider's way. The browser client, the server's previews and the
 * simulator's conformance tests build requests here; the proxy matches them here.
 */
import type { KeyStyle, ProviderCall, ProviderDefinition } from './definition';

export interface BuiltCall {
  method: ProviderCall['method'];
  /** The path under the base URL, IDs filled in. */
  path: string;
  /** `?a=b` or empty. */
  search: string;
  /** A JSON body, or undefined for none. */
  body?: string;
}

function fill(slot: string, ids: readonly string[]): string | string[] {
  if (slot === '{id}') return ids[0] ?? '';
  if (slot === '{ids}') return [...ids];
  if (slot === '{id2}') return ids[1] ?? '';
  return slot;
}

export function buildCall(call: ProviderCall, ids: readonly string[]): BuiltCall {
  const path = call.path.replace('{id}', encodeURIComponent(ids[0] ?? ''));
  // IDs are joined with literal commas, as the providers document (`?ids=a,b`).
  const search = Object.entries(call.query ?? {})
    .map(([name, slot]) => {
      const value = fill(slot, ids);
      const text = Array.isArray(value)
        ? value.map(encodeURIComponent).join(',')
        : encodeURIComponent(value);
      return `${encodeURIComponent(name)}=${text}`;
    })
    .join('&');
  const body =
    call.body === undefined
      ? undefined
      : JSON.stringify(
          Object.fromEntries(Object.entries(call.body).map(([k, slot]) => [k, fill(slot, ids)])),
        );
  return { method: call.method, path, search: search ? `?${search}` : '', body };
}

/** The header that carries a key, or none when the provider takes no key. */
export function keyHeader(style: KeyStyle | null, key: string): Record<string, string> {
  if (style === null || key.trim() === '') return {};
  return { [style.header]: `${style.prefix}${key.trim()}` };
}

/** Headers for a call: the key the provider's way, and a JSON type when there is a body. */
export function callHeaders(
  definition: Pick<ProviderDefinition, 'key'>,
  call: ProviderCall,
  built: BuiltCall,
  key: string,
): Record<string, string> {
  return {
    ...keyHeader(call.key ?? definition.key, key),
    ...(built.body === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
}

/**
 * The IDs a call about one clip names: the clip's own, or its task's and then its own for a
 * call that asks for both (`{id}` the task, `{id2}` the clip); null when the task is unknown.
 */
export function clipCallIds(
  call: ProviderCall,
  clip: { id: string; taskId: string | null },
): string[] | null {
  const slots = [...Object.values(call.query ?? {}), ...Object.values(call.body ?? {})];
  if (!slots.includes('{id2}')) return [clip.id];
  return clip.taskId ? [clip.taskId, clip.id] : null;
}

/** Every call a provider's definition names: its lookups and its extra calls. */
export function callsOf(definition: ProviderDefinition): ProviderCall[] {
  const { task, clips } = definition.lookups;
  return [
    ...(task ? [task] : []),
    ...(clips ? [clips] : []),
    ...Object.values(definition.extraCalls ?? {}),
  ];
}

const ID_SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** The call a request is, by method and path (`{id}` matching one ID-shaped segment), or null. */
export function matchCall(
  definition: ProviderDefinition,
  method: string,
  path: string,
): ProviderCall | null {
  const segments = path.split('/');
  for (const call of callsOf(definition)) {
    if (call.method !== method) continue;
    const pattern = call.path.split('/');
    if (pattern.length !== segments.length) continue;
    const fits = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      return part === '{id}' ? ID_SEGMENT.test(segment) : part === segment;
    });
    if (fits) return call;
  }
  return null;
}
