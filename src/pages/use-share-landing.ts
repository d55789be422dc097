import { useQuery } from '@tanstack/react-query';
import { hasShareParams, shareLinkQueryKey } from '../domain/share-params';
import type { ShareLanding } from './share-landing';

/**
 * A share link's parameters and fragment, read by code that only share links load. `pending`
 * is true while that code arrives: the page waits rather than look up with the wrong provider.
 */
export function useShareLanding(
  pathname: string,
  search: string,
  hash: string,
): { landing: ShareLanding | null; pending: boolean } {
  const isShare = hasShareParams(search, hash);
  const parsed = useQuery({
    queryKey: shareLinkQueryKey(pathname, search, hash),
    queryFn: async () => (await import('./share-landing')).readShareLanding(pathname, search, hash),
    enabled: isShare,
    staleTime: Infinity,
  });
  if (!isShare) return { landing: null, pending: false };
  return { landing: parsed.data ?? null, pending: parsed.isPending };
}
