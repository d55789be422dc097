import { BoundedMap, FLOOD_PROBATION_MS, type BoundedMapOptions } from './bounded-map.ts';
import { DEMO_TASK_SPECS } from './demo-tasks.ts';
import { generateStandaloneClip, generateTask } from './generated-tasks.ts';
import type { TaskSpec } from './task-spec.ts';

export interface ClipRef {
  task: TaskSpec;
  index: number;
}

/** Clip IDs remembered at once, each with the task it came from; entries idle this long go. */
export const CATALOG_BOUNDS: BoundedMapOptions = {
  max: 4000,
  idleMs: 2 * 60 * 60_000,
  probationMs: FLOOD_PROBATION_MS,
};

/** Generated specs kept ready: a poll asks for the same few tasks again and again. */
const SPEC_CACHE: BoundedMapOptions = {
  max: 64,
  idleMs: 10 * 60_000,
  probationMs: FLOOD_PROBATION_MS,
};

/** Marks a clip ID that came on its own, not as part of a task. */
const STANDALONE = '';

/**
 * Every task and clip the simulator has handed out. Content is deterministic, so a generated
 * task is made again from its ID whenever it is asked for; what is remembered is only which
 * task a clip ID was seen in (so it keeps that task's clock) and that a lone clip ID was
 * seen. That is two short strings per clip, so a flood of made-up IDs costs little memory
 * even at the cap; the specs themselves sit in a small cache.
 */
export class TaskCatalog {
  private readonly demoTasks = new Map<string, TaskSpec>();
  private readonly demoClips = new Map<string, ClipRef>();
  /** Clip ID → the ID of the task it came in, or STANDALONE. */
  private readonly seenClips: BoundedMap<string, string>;
  private readonly specs = new BoundedMap<string, TaskSpec>(SPEC_CACHE);

  /** `testTasks`: the `b16c…` galleries of many clips (development and tests only). */
  constructor(
    private readonly testTasks = true,
    bounds: BoundedMapOptions = CATALOG_BOUNDS,
  ) {
    this.seenClips = new BoundedMap(bounds);
    for (const task of DEMO_TASK_SPECS) {
      this.demoTasks.set(task.id, task);
      task.clips.forEach((clip, index) => this.demoClips.set(clip.id, { task, index }));
    }
  }

  task(taskId: string): TaskSpec {
    const demo = this.demoTasks.get(taskId);
    if (demo) return demo;
    const task = this.generated(taskId);
    for (const clip of task.clips) this.seenClips.set(clip.id, task.id);
    return task;
  }

  /** A known clip keeps its task; an unknown id becomes a one-clip task of its own. */
  clip(clipId: string): ClipRef {
    const known = this.knownClip(clipId);
    if (known) return known;
    this.seenClips.set(clipId, STANDALONE);
    return { task: this.standalone(clipId), index: 0 };
  }

  knownClip(clipId: string): ClipRef | undefined {
    const demo = this.demoClips.get(clipId);
    if (demo) return demo;
    const taskId = this.seenClips.get(clipId);
    if (taskId === undefined) return undefined;
    const task = taskId === STANDALONE ? this.standalone(clipId) : this.generated(taskId);
    const index = task.clips.findIndex((clip) => clip.id === clipId);
    return index < 0 ? undefined : { task, index };
  }

  sweep(): void {
    this.seenClips.sweep();
    this.specs.sweep();
  }

  /** Generated clips remembered now, and specs cached (the demo tasks not counted). */
  get size(): { clips: number; specs: number } {
    return { clips: this.seenClips.size, specs: this.specs.size };
  }

  private generated(taskId: string): TaskSpec {
    const key = `task:${taskId}`;
    return (
      this.specs.get(key) ?? this.specs.set(key, generateTask(taskId, { big: this.testTasks }))
    );
  }

  private standalone(clipId: string): TaskSpec {
    const key = `clip:${clipId}`;
    return this.specs.get(key) ?? this.specs.set(key, generateStandaloneClip(clipId));
  }
}
