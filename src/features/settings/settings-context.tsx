import { createContext, useContext } from 'react';

/** Lets any part of the page (an auth error, say) open the one Settings dialog. */
export const OpenSettingsContext = createContext<() => void>(() => {});

export function useOpenSettings(): () => void {
  return useContext(OpenSettingsContext);
}
