import { BoundedMap, type BoundedMapOptions } from './bounded-map.ts';
import { DEMO_TASK_SPECS } from './demo-tasks.ts';
import { generateStandaloneClip, generateTask } from './generated-tasks.ts';
import type { TaskSpec } from './task-spec.ts';

export interface ClipRef {
  task: TaskSpec;
  index: number;
}

/** Generated tasks kept at once; clip references are kept for as many clips as that. */
export const CATALOG_BOUNDS: BoundedMapOptions = { max: 2000, idleMs: 2 * 60 * 60_000 };

/**
 * Every task and clip the simulator has handed out. Content is deterministic, so this is only
 * a lookup cache; what it adds is that a clip id seen in a task keeps that task's clock. The
 * demo tasks stay; generated ones are bounded, so made-up IDs cannot grow the process.
 */
export class TaskCatalog {
  private readonly demoTasks = new Map<string, TaskSpec>();
  private readonly demoClips = new Map<string, ClipRef>();
  private readonly tasks: BoundedMap<string, TaskSpec>;
  private readonly clips: BoundedMap<string, ClipRef>;

  /** `testTasks`: the `b16c…` galleries of many clips (development and tests only). */
  constructor(
    private readonly testTasks = true,
    bounds: BoundedMapOptions = CATALOG_BOUNDS,
  ) {
    this.tasks = new BoundedMap(bounds);
    this.clips = new BoundedMap({ ...bounds, max: bounds.max * 2 });
    for (const task of DEMO_TASK_SPECS) {
      this.demoTasks.set(task.id, task);
      task.clips.forEach((clip, index) => this.demoClips.set(clip.id, { task, index }));
    }
  }

  task(taskId: string): TaskSpec {
    return (
      this.demoTasks.get(taskId) ??
      this.tasks.get(taskId) ??
      this.register(generateTask(taskId, { big: this.testTasks }))
    );
  }

  /** A known clip keeps its task; an unknown id becomes a one-clip task of its own. */
  clip(clipId: string): ClipRef {
    const known = this.knownClip(clipId);
    if (known) return known;
    const task = generateStandaloneClip(clipId);
    return this.clips.set(clipId, { task, index: 0 });
  }

  knownClip(clipId: string): ClipRef | undefined {
    return this.demoClips.get(clipId) ?? this.clips.get(clipId);
  }

  /** Generated tasks and clips remembered now (the demo tasks not counted). */
  get size(): { tasks: number; clips: number } {
    return { tasks: this.tasks.size, clips: this.clips.size };
  }

  private register(task: TaskSpec): TaskSpec {
    this.tasks.set(task.id, task);
    task.clips.forEach((clip, index) => this.clips.set(clip.id, { task, index }));
    return task;
  }
}
