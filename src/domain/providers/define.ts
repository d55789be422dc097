import type { ProviderDefinition } from './definition';

/** Keeps a definition's `id` as a literal type, so the list of IDs is a type too. */
export function defineProvider<const Id extends string>(
  definition: ProviderDefinition & { id: Id },
): ProviderDefinition & { id: Id } {
  return definition;
}
