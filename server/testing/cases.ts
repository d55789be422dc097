import type { FakeUpstream } from './fake-upstream.ts';
import type { Target, TargetConfig } from './targets.ts';

export interface CaseContext {
  /** A server for this config, started once and shared by every case that asks for it. */
  server(config?: TargetConfig): Promise<Target>;
  upstream: FakeUpstream;
}

/** One request test, run the same way on Node and on workerd. */
export interface Case {
  name: string;
  run(context: CaseContext): Promise<void>;
}

export interface CaseGroup {
  name: string;
  cases: Case[];
}

/** A body read to the end, or as far as it got before the server cut it. */
export async function readAll(
  response: Response,
): Promise<{ text: string; bytes: Uint8Array; cut: boolean }> {
  const chunks: Uint8Array[] = [];
  let cut = false;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      chunks.push(next.value);
    }
  } catch {
    cut = true;
  }
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { text: new TextDecoder().decode(bytes), bytes, cut };
}
