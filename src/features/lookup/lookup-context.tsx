import { createContext, useContext } from 'react';
import type { ProviderKind } from '../../api/clip';
import type { LookupTarget } from '../../api/providers';

/** What the gallery on screen is showing, for cards that build share links. */
export interface LookupContextValue {
  provider: ProviderKind;
  target: LookupTarget;
}

export const LookupContext = createContext<LookupContextValue | null>(null);

export function useLookupContext(): LookupContextValue | null {
  return useContext(LookupContext);
}
