/**
 * The providers' documented sample responses, copied into the repository from the seeds so the
 * tests carry their own data.
 */
import co from './fixtures/sunoapi-co-query-complete.json';
import com from './fixtures/sunoapi-com-clips-complete.json';
import newApi from './fixtures/new-api-fetch-complete.json';
import orgCallback from './fixtures/sunoapi-org-callback-complete.json';
import org from './fixtures/sunoapi-org-record-info-complete.json';

/** A fresh copy each time, so a test that edits it cannot change another's input. */
function copy(value: unknown): unknown {
  return structuredClone(value);
}

export const coFixture = (): Promise<unknown> => Promise.resolve(copy(co));
export const comFixture = (): Promise<unknown> => Promise.resolve(copy(com));
export const orgFixture = (): Promise<unknown> => Promise.resolve(copy(org));
export const orgCallbackFixture = (): Promise<unknown> => Promise.resolve(copy(orgCallback));
export const newApiFixture = (): Promise<unknown> => Promise.resolve(copy(newApi));
