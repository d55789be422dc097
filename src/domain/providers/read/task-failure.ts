import { ApiError } from '../../errors';

/**
 * A task the provider says failed before any clip existed. Nothing will come of asking again,
 * so it is an error that stops polling ('not-found': there is nothing to find), carrying the
 * provider's own words.
 */
export function failedTaskError(reason: string | null | undefined, word: string): ApiError {
  const said = reason?.trim() ?? '';
  const message =
    said.length > 0
      ? `The provider says the task failed (${word}): ${said.slice(0, 200)}`
      : `The provider says the task failed (${word}).`;
  return new ApiError('not-found', message, { detail: said.length > 0 ? said : null });
}
