/**
 * The providers' documented sample responses, copied into the repository from the seeds so the
 * tests carry their own data.
 */
import co from './fixtures/sunoapi-co-query-complete.json';
import com from './fixtures/sunoapi-com-clips-complete.json';

/** A fresh copy each time, so a test that edits it cannot change another's input. */
function copy(value: unknown): unknown {
  return structuredClone(value);
}

export const coFixture = (): Promise<unknown> => Promise.resolve(copy(co));
export const comFixture = (): Promise<unknown> => Promise.resolve(copy(com));
