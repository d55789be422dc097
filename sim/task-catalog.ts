import { DEMO_TASK_SPECS } from './demo-tasks.ts';
import { generateStandaloneClip, generateTask } from './generated-tasks.ts';
import type { TaskSpec } from './task-spec.ts';

export interface ClipRef {
  task: TaskSpec;
  index: number;
}

/**
 * Every task and clip the simulator has handed out. Content is deterministic, so this is only
 * a lookup cache; what it adds is that a clip id seen in a task keeps that task's clock.
 */
export class TaskCatalog {
  private readonly tasks = new Map<string, TaskSpec>();
  private readonly clips = new Map<string, ClipRef>();

  constructor() {
    for (const task of DEMO_TASK_SPECS) this.register(task);
  }

  task(taskId: string): TaskSpec {
    return this.tasks.get(taskId) ?? this.register(generateTask(taskId));
  }

  /** A known clip keeps its task; an unknown id becomes a one-clip task of its own. */
  clip(clipId: string): ClipRef {
    const known = this.clips.get(clipId);
    if (known) return known;
    this.register(generateStandaloneClip(clipId));
    return this.clips.get(clipId) as ClipRef;
  }

  knownClip(clipId: string): ClipRef | undefined {
    return this.clips.get(clipId);
  }

  private register(task: TaskSpec): TaskSpec {
    if (!task.clockKey.startsWith('clip:')) this.tasks.set(task.id, task);
    task.clips.forEach((clip, index) => this.clips.set(clip.id, { task, index }));
    return task;
  }
}
