import { useQuery } from '@tanstack/react-query';
import type { ShareParseResult } from '../domain/share-link';
import { hasShareParams } from '../domain/share-params';

/**
 * A share link's parameters, parsed by code that only share links load. `pending` is true
 * while that code arrives: the page waits rather than look up with the wrong provider.
 */
export function useShareLanding(
  pathname: string,
  search: string,
): { share: ShareParseResult | null; pending: boolean } {
  const isShare = hasShareParams(search);
  const parsed = useQuery({
    queryKey: ['share-link', pathname, search],
    queryFn: async () => (await import('../domain/share-link')).parseShareParams(pathname, search),
    enabled: isShare,
    staleTime: Infinity,
  });
  if (!isShare) return { share: null, pending: false };
  return { share: parsed.data ?? null, pending: parsed.isPending };
}
