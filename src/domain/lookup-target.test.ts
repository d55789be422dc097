import { describe, expect, it } from 'vitest';
import { taskIdOf } from './lookup-target';

const [A, B] = ['task-a', 'task-b'];

describe('taskIdOf', () => {
  it('names the one task of a task lookup', () => {
    expect(taskIdOf({ mode: 'task', taskIds: [A] }, undefined, 'clip-1')).toBe(A);
  });

  it('names the task whose takes hold the clip in a batch, else none', () => {
    const batch = { mode: 'task', taskIds: [A, B] } as const;
    const takes = [['clip-1'], ['clip-2', 'clip-3']];
    expect(taskIdOf({ ...batch, taskIds: [...batch.taskIds] }, takes, 'clip-3')).toBe(B);
    expect(taskIdOf({ ...batch, taskIds: [...batch.taskIds] }, takes, 'clip-9')).toBeNull();
    expect(taskIdOf({ ...batch, taskIds: [...batch.taskIds] }, undefined, 'clip-1')).toBeNull();
  });

  it('names none for a clip lookup or no lookup', () => {
    expect(taskIdOf({ mode: 'clips', ids: ['clip-1'] }, undefined, 'clip-1')).toBeNull();
    expect(taskIdOf(null, undefined, 'clip-1')).toBeNull();
  });
});
