import { ALL_CASES } from './testing/all-cases.ts';
import { runCases } from './testing/run-cases.ts';
import { workerdPlatform } from './testing/targets.ts';

// The same cases against the Workers entry running in workerd (Cloudflare's runtime).
runCases(workerdPlatform, ALL_CASES);
