import { API_CASES } from '../proxy/api.cases.ts';
import { UPSTREAM_CASES } from '../proxy/upstream.cases.ts';
import { SHARE_CASES } from '../share/share.cases.ts';
import { HARDENING_CASES } from '../hardening.cases.ts';
import { SESSION_CASES } from '../session/session.cases.ts';
import { SIM_MEDIA_CASES } from '../sim-media.cases.ts';
import { SITE_CASES } from '../site.cases.ts';
import type { CaseGroup } from './cases.ts';

/** Every request case; the Node and the workerd runs both take this one list. */
export const ALL_CASES: readonly CaseGroup[] = [
  ...SITE_CASES,
  ...API_CASES,
  ...UPSTREAM_CASES,
  ...SHARE_CASES,
  ...SESSION_CASES,
  ...HARDENING_CASES,
  ...SIM_MEDIA_CASES,
];
