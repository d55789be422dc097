import { describe, expect, it } from 'vitest';
import { batchedLines } from './access-log.ts';

describe('batchedLines', () => {
  it('writes the lines of one turn of the event loop together, in order', async () => {
    const writes: string[] = [];
    const lines = batchedLines((text) => writes.push(text));
    lines.log('GET / 200 1ms');
    lines.log('GET /healthz 200 0ms');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['GET / 200 1ms\nGET /healthz 200 0ms\n']);
    lines.log('GET /x 404 0ms');
    lines.flush();
    lines.flush();
    expect(writes).toEqual(['GET / 200 1ms\nGET /healthz 200 0ms\n', 'GET /x 404 0ms\n']);
  });
});
