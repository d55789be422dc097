/** The dialects the simulator speaks beyond its two seeds, each under `/sim/<provider id>`. */
import { ACEDATA_ROUTES } from './acedata.ts';
import { GCUI_ROUTES } from './gcui.ts';
import type { DialectRoute } from './kit.ts';
import { SUNO_ROUTES } from './suno.ts';

export type { DialectRoute };

export const DIALECTS: Readonly<Record<string, readonly DialectRoute[]>> = {
  acedata: ACEDATA_ROUTES,
  gcui: GCUI_ROUTES,
  suno: SUNO_ROUTES,
};
