/**
 * sunoapi.co ("task" style): one task ID in, the task's clips out.
 * `POST {base}/suno/v3.5/music/query` with `{"task_id"}` and the bare key as Authorization.
 */
import * as v from 'valibot';
import { REAL_PROVIDER_FACTS } from '../../domain/providers';
import type { LookupResult } from '../../domain/clip';
import { requestJson } from '../client';
import { ApiError } from '../../domain/errors';
import { normalizeClipList } from '../../domain/providers/read/normalize-list';
import type { ProviderConfig } from '../provider-config';
import { taskResponseSchema } from '../../domain/providers/read/raw-schemas';
import { joinUrl } from '../../domain/providers/url';

const ENDPOINT = REAL_PROVIDER_FACTS['sunoapi-co'].endpoint;

export function normalizeTaskResponse(json: unknown): LookupResult {
  const parsed = v.safeParse(taskResponseSchema, json);
  if (!parsed.success) {
    throw new ApiError('bad-response', 'The provider’s answer is not a task object.');
  }
  const task = parsed.output;
  const taskId = task.task_id;
  const status = task.status;
  const prompt = task.prompt?.prompt ?? null;
  const clips = task.clips;
  const hasTaskFields = taskId !== null || status !== null;
  // Right after submission a task may exist before its clips do; that is "no clips yet".
  if ((clips === undefined || clips === null) && hasTaskFields) {
    return { taskId, taskStatus: status, clips: [], unusableClips: 0 };
  }
  if (!Array.isArray(clips)) {
    throw new ApiError('bad-response', 'The provider’s answer has no list of clips.');
  }
  return {
    taskId,
    taskStatus: status,
    ...normalizeClipList(clips, { taskPrompt: prompt, fallbackStatus: status }),
  };
}

export function taskQueryUrl(baseUrl: string): string {
  return joinUrl(baseUrl, ENDPOINT.path);
}

export async function queryTask(
  config: ProviderConfig,
  taskId: string,
  signal?: AbortSignal,
): Promise<LookupResult> {
  const json = await requestJson(
    taskQueryUrl(config.baseUrl),
    {
      method: ENDPOINT.method,
      headers: {
        Authorization: REAL_PROVIDER_FACTS['sunoapi-co'].authorization(config.apiKey),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ task_id: taskId }),
    },
    { signal },
  );
  return normalizeTaskResponse(json);
}
