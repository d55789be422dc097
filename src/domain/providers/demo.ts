/**
 * The built-in simulator, the default: it speaks sunoapi.co's dialect for tasks and
 * sunoapi.com's for clip IDs, each under its own sub-path of the simulator's base URL, and
 * takes any non-empty key (it is never sent a person's).
 */
import { defineProvider } from './define';
import type { ProviderCall, ProviderDefinition, ProviderReader } from './definition';
import { sunoapiCo } from './sunoapi-co';
import { sunoapiCom } from './sunoapi-com';

export const SIMULATOR_PREFIX = '/sim';

function under(dialect: ProviderDefinition, call: ProviderCall): ProviderCall {
  return { ...call, path: `/${dialect.id}${call.path}`, key: call.key ?? dialect.key ?? undefined };
}

const task = sunoapiCo.lookups.task;
const clips = sunoapiCom.lookups.clips;

export const demo = defineProvider({
  id: 'demo',
  label: 'Demo simulator',
  defaultBaseUrl: SIMULATOR_PREFIX,
  key: sunoapiCo.key,
  keyHelp: 'The Demo needs no key.',
  simulated: true,
  lookups: {
    task: task && { ...under(sunoapiCo, task), idForm: task.idForm },
    clips: clips && under(sunoapiCom, clips),
  },
  mediaHosts: [],
  load: async (): Promise<ProviderReader> => {
    const [co, com] = await Promise.all([sunoapiCo.load(), sunoapiCom.load()]);
    return {
      readLookup: (json, context) =>
        context.mode === 'task' ? co.readLookup(json, context) : com.readLookup(json, context),
      recognizes: () => false,
    };
  },
});
