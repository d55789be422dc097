import { describe, expect, it } from 'vitest';
import { targetText } from './lookup-target';
import { lookupPath, targetFromRoute } from './routes';

const A = '5a1e0001-0000-4000-8000-000000000001';
const B = '7070ec00-462e-42ac-9b9f-1074977f473f';

describe('lookup routes', () => {
  it('round-trips a task and a clip list', () => {
    expect(
      targetFromRoute('task', lookupPath({ mode: 'task', taskIds: [A] }).split('/')[2]),
    ).toEqual({
      mode: 'task',
      taskIds: [A],
    });
    const clips = { mode: 'clips' as const, ids: [A, B] };
    expect(targetFromRoute('clips', lookupPath(clips).split('/')[2])).toEqual(clips);
    expect(targetText(clips)).toBe(`${A}, ${B}`);
  });

  it('refuses hostile or malformed params', () => {
    expect(targetFromRoute('task', undefined)).toBeNull();
    expect(targetFromRoute('task', '<script>')).toBeNull();
    expect(targetFromRoute('task', `${A},${B}`)).toEqual({ mode: 'task', taskIds: [A, B] });
    expect(targetFromRoute('clips', `${A},javascript:alert(1)`)).toBeNull();
    expect(targetFromRoute('clips', Array(21).fill(A).join(','))).toBeNull();
  });

  it('lower-cases ids and drops duplicates', () => {
    expect(targetFromRoute('clips', `${A.toUpperCase()},${A}`)).toEqual({
      mode: 'clips',
      ids: [A],
    });
  });
});
