/**
 * sunoapi.co ("task" style): one task ID in, the task's clips out.
 * `POST {base}/suno/v3.5/music/query` with `{"task_id"}` and the bare key as Authorization.
 */
import type { LookupResult } from '../clip';
import { ApiError, requestJson } from '../client';
import { normalizeClipList } from './normalize-clip';
import type { ProviderConfig } from './index';
import { joinUrl } from './url';
import { asRecord, optString } from '../../lib/json-fields';

export function normalizeTaskResponse(json: unknown): LookupResult {
  const task = asRecord(json);
  if (!task) {
    throw new ApiError('bad-response', 'The provider’s answer is not a task object.');
  }
  const taskId = optString(task.task_id);
  const status = optString(task.status);
  const prompt = optString(asRecord(task.prompt)?.prompt);
  const clips = task.clips;
  const hasTaskFields = (taskId ?? null) !== null || (status ?? null) !== null;
  // Right after submission a task may exist before its clips do; that is "no clips yet".
  if ((clips === undefined || clips === null) && hasTaskFields) {
    return { taskId: taskId ?? null, taskStatus: status ?? null, clips: [] };
  }
  if (!Array.isArray(clips)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return {
    taskId: taskId ?? null,
    taskStatus: status ?? null,
    clips: normalizeClipList(clips, {
      taskPrompt: prompt,
      fallbackStatus: status ?? null,
    }),
  };
}

export function taskQueryUrl(baseUrl: string): string {
  return joinUrl(baseUrl, 'suno/v3.5/music/query');
}

export async function queryTask(
  config: ProviderConfig,
  taskId: string,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const json = await requestJson(
    taskQueryUrl(config.baseUrl),
    {
      method: 'POST',
      headers: { Authorization: config.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ task_id: taskId }),
    },
    { signal },
  );
  return normalizeTaskResponse(json);
}
