/**
 * The ZIPs being made, by file name, outside any component: a large gallery unmounts the task
 * headings scrolled out of view (and remounts all when it turns virtual), and a ZIP half made
 * must neither stop then nor lose its bar and Cancel when the heading comes back.
 */
import { createStore, useStore } from '../../lib/store';

export interface ZipJobState {
  /** While the ZIP is being made: clips done of all, and how to stop it. */
  running: { done: number; total: number; controller: AbortController } | null;
  /** What happened, once it is over. */
  summary: string | null;
}

const jobs = createStore<ReadonlyMap<string, ZipJobState>>(new Map());

export function zipJob(name: string): ZipJobState | undefined {
  return jobs.get().get(name);
}

export function setZipJob(name: string, state: ZipJobState | null): void {
  const next = new Map(jobs.get());
  if (state) next.set(name, state);
  else next.delete(name);
  jobs.set(next);
}

export function useZipJob(name: string): ZipJobState | undefined {
  return useStore(jobs, (all) => all.get(name));
}
