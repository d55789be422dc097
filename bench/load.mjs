// A minimal keep-alive load generator on node:http, for the server bench: a fixed number of
// requests over a fixed number of connections, so every loop stops by itself.
import http from 'node:http';

/** One request; resolves with its status, or rejects with the socket error. */
export function request(agent, port, path, headers = {}, method = 'GET', body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve({ status: res.statusCode, close: res.headers.connection }));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      // Whether the request went on a kept-alive connection, or on one just opened.
      error.reusedSocket = req.reusedSocket;
      reject(error);
    });
    req.end(body);
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * `count` requests from `next(i)` ({path, headers, method, body}) over `connections`
 * keep-alive sockets; req/s and p50/p99 in ms.
 */
export async function load(port, { count, connections, next }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = new Float64Array(count);
  const statuses = new Map();
  let issued = 0;
  let failed = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    while (issued < count) {
      const i = issued++;
      const call = next(i);
      const t0 = process.hrtime.bigint();
      try {
        const { status } = await request(
          agent,
          port,
          call.path,
          call.headers,
          call.method,
          call.body,
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      } catch {
        failed += 1;
      }
      latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return summary([{ count, seconds, latencies, failed, statuses: Object.fromEntries(statuses) }]);
}

/** Runs of `load` taken as one: req/s over their summed time, percentiles over all requests. */
export function combine(results) {
  return summary(results.flatMap((r) => r.runs));
}

function summary(runs) {
  const count = runs.reduce((sum, r) => sum + r.count, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const sorted = runs.flatMap((r) => Array.from(r.latencies)).sort((a, b) => a - b);
  const statuses = {};
  for (const run of runs) {
    for (const [status, n] of Object.entries(run.statuses))
      statuses[status] = (statuses[status] ?? 0) + n;
  }
  return {
    rps: count / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
    statuses,
    runs,
  };
}
