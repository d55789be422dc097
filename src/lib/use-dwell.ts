import { useEffect, useState } from 'react';

/** True once `active` has held for `ms` (at once for 0); false again as soon as it drops. */
export function useDwell(active: boolean, ms: number): boolean {
  const [dwelled, setDwelled] = useState(false);
  useEffect(() => {
    if (!active || ms <= 0) return;
    const timer = window.setTimeout(() => setDwelled(true), ms);
    return () => {
      window.clearTimeout(timer);
      setDwelled(false);
    };
  }, [active, ms]);
  return active && (ms <= 0 || dwelled);
}
