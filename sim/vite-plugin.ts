import type { Plugin } from 'vite';
import { createSimulator } from './server.ts';

/** Mounts the provider simulator on /sim in the dev and preview servers. */
export function simulatorPlugin(): Plugin {
  let simulator: ReturnType<typeof createSimulator> | undefined;
  // Created lazily so `vite build` never touches the simulator.
  const get = () => (simulator ??= createSimulator());
  return {
    name: 'suno-simulator',
    configureServer(server) {
      const sim = get();
      server.middlewares.use((req, res, next) => sim.handle(req, res, next));
    },
    configurePreviewServer(server) {
      const sim = get();
      server.middlewares.use((req, res, next) => sim.handle(req, res, next));
    },
  };
}
