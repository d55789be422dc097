import type { EngineDriver } from './driver.ts';

export interface JourneyContext {
  d: EngineDriver;
  baseUrl: string;
  /** The ranges the server was asked for a path ("whole" for no Range), from the page, its
   * workers and its media alike. */
  requestsTo(path: string): string[];
  /** MP3s arrive at this rate from now on (null: full speed); reset after each journey. */
  paceMp3(bytesPerSecond: number | null): void;
}

export interface Journey {
  name: string;
  timeoutMs: number;
  run(ctx: JourneyContext): Promise<void>;
}
