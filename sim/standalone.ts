import { serve } from '@hono/node-server';
import { DEMO_TASKS } from './demo-tasks.ts';
import { createSimulator } from './server.ts';

/** `npm run sim`: the simulator alone, e.g. for pointing another client at it. */
const port = Number(process.env.SIM_PORT ?? 8787);
// A development tool on its own port: its test hooks are part of the point.
const simulator = createSimulator({ control: true });

serve({ fetch: simulator.app.fetch, port }, () => {
  const base = `http://localhost:${port}/sim`;
  console.log(`Suno simulator on ${base} (speed ${simulator.state.clock.speed})`);
  console.log(`  sunoapi.co base URL:  ${base}/sunoapi-co`);
  console.log(`  sunoapi.com base URL: ${base}/sunoapi-com`);
  console.log(`  media cache: ${simulator.media.dir}`);
  console.log('Demo tasks:');
  for (const task of DEMO_TASKS) console.log(`  ${task.id}  ${task.name} – ${task.note}`);
});
