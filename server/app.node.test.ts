import { ALL_CASES } from './testing/all-cases.ts';
import { runCases } from './testing/run-cases.ts';
import { nodePlatform } from './testing/targets.ts';

// The server application on Node, as `npm start` runs it, over real HTTP.
runCases(nodePlatform, ALL_CASES);
