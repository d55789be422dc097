/** Demo tasks from the simulator, opened or asked for as the journeys need them. */
import { randomUUID } from 'node:crypto';
import type { EngineDriver } from './driver.ts';
import { cardIds, cardOf, cardStatus, waitFor } from './journey-kit.ts';

/** A `c0c0…` task is complete with its video at the first query (see sim/README.md). */
export const finishedTaskId = () => `c0c0${randomUUID().slice(4)}`;

interface DemoClip {
  id: string;
  title: string;
  duration: number;
}

/** A finished task's clips, asked of the simulator as a share link's page would. */
export async function demoTask(baseUrl: string): Promise<{ task: string; clips: DemoClip[] }> {
  const task = finishedTaskId();
  const reply = await fetch(new URL('/sim/sunoapi-co/suno/v3.5/music/query', baseUrl), {
    method: 'POST',
    headers: { Authorization: 'demo', 'Content-Type': 'application/json' },
    body: JSON.stringify({ task_id: task }),
  });
  const body = (await reply.json()) as {
    clips: { id: string; title: string; metadata: { duration: number } }[];
  };
  const clips = body.clips.map((c) => ({
    id: c.id,
    title: c.title,
    duration: c.metadata.duration,
  }));
  return { task, clips };
}

export async function openFinishedTask(d: EngineDriver): Promise<string[]> {
  await d.goto(`/task/${finishedTaskId()}`);
  const ids = await waitFor(
    'two cards',
    () => cardIds(d),
    (list) => list.length === 2,
  );
  await waitFor(
    'Complete',
    () => cardStatus(d, cardOf(ids[0] ?? '')),
    (s) => s === 'complete',
  );
  return ids;
}

export const seekOf = (card: string) => ({ role: 'slider' as const, name: 'Seek', within: card });
export const button = (name: string | RegExp, card?: string) => ({
  role: 'button' as const,
  name,
  within: card,
});

/** Whether the Seek slider holds a drawn waveform: bars (SVG) or the finished canvas. */
export function waveformDrawn(d: EngineDriver, card: string): Promise<boolean> {
  return d.evaluate((selector: string) => {
    const slider = document.querySelector(`${selector} [role="slider"]`);
    if (!slider) return false;
    const parts = (root: ParentNode): Element[] => [
      ...root.querySelectorAll('rect, path, canvas'),
      ...[...root.querySelectorAll('*')].flatMap((el) =>
        el.shadowRoot ? parts(el.shadowRoot) : [],
      ),
    ];
    return parts(slider).some((el) => {
      if (el instanceof HTMLCanvasElement) return el.width > 0 && el.height > 0;
      if (el instanceof SVGPathElement) return (el.getAttribute('d') ?? '').length > 10;
      return true;
    });
  }, card);
}

/** The growing waveform's bars (SVG), and whether the finished drawing (canvas) replaced it. */
export function waveformBars(
  d: EngineDriver,
  card: string,
): Promise<{ bars: number; finished: boolean }> {
  return d.evaluate((selector: string) => {
    const slider = document.querySelector(`${selector} [role="slider"]`);
    const all = (root: ParentNode, css: string): Element[] => [
      ...root.querySelectorAll(css),
      ...[...root.querySelectorAll('*')].flatMap((el) =>
        el.shadowRoot ? all(el.shadowRoot, css) : [],
      ),
    ];
    if (!slider) return { bars: 0, finished: false };
    return { bars: all(slider, 'rect').length, finished: all(slider, 'canvas').length > 0 };
  }, card);
}
