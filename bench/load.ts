import autocannon from 'autocannon';

import { percentile } from './stats';

export type LoadRequest = {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
};

export type LoadOptions = {
  /** Loopback origin only: the bench never loads another machine. */
  origin: string;
  /** The requests each connection sends in turn, over and over. */
  requests: LoadRequest[];
  connections: number;
  seconds: number;
  /** Hard cap on requests, so a run stops even on an unexpectedly fast server. */
  maxRequests: number;
  /** Per-connection requests (e.g. one learner's cookie per connection). */
  requestsFor?: (connection: number) => LoadRequest[];
};

export type LoadResult = {
  requests: number;
  /** Requests per second over the run. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Responses with a 5xx status. */
  serverErrors: number;
  /** Responses outside 2xx/3xx. */
  non2xx: number;
};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function loopbackOrigin(origin: string): URL {
  const url = new URL(origin);
  if (!loopbackHosts.has(url.hostname)) {
    throw new Error(`Refusing to load ${url.hostname}: the benchmark targets loopback only.`);
  }
  return url;
}

/** Runs a bounded load against a loopback server and measures every response's latency. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const origin = loopbackOrigin(options.origin);
  const latencies: number[] = [];
  let serverErrors = 0;
  let non2xx = 0;
  let connection = 0;
  const toAutocannon = (request: LoadRequest) => ({
    path: request.path,
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
  });
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: origin.origin,
      connections: options.connections,
      duration: options.seconds,
      maxOverallRequests: Math.max(options.maxRequests, options.connections),
      requests: options.requests.map(toAutocannon),
      setupClient: options.requestsFor
        ? (client) => {
            const requests = options.requestsFor!(connection++).map(toAutocannon);
            (client as unknown as { setRequests: (r: unknown[]) => void }).setRequests(requests);
          }
        : undefined,
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode >= 500) serverErrors++;
    if (statusCode >= 400) non2xx++;
  });
  const result = await done;
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    serverErrors,
    non2xx,
  };
}

/**
 * Exactly `rounds` passes over each connection's requests, `connections` at a time, every
 * response awaited and counted — for writes, where the database must be checked against the
 * exact number of requests the server answered. Bounded by `timeoutSeconds` per request.
 */
export async function runFixedRequests(options: {
  origin: string;
  connections: number;
  rounds: number;
  requestsFor: (connection: number) => LoadRequest[];
  timeoutSeconds?: number;
}): Promise<LoadResult> {
  const origin = loopbackOrigin(options.origin);
  const latencies: number[] = [];
  let errors = 0;
  let serverErrors = 0;
  let non2xx = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async (_, connection) => {
      const requests = options.requestsFor(connection);
      for (let round = 0; round < options.rounds; round++) {
        for (const request of requests) {
          const sent = performance.now();
          try {
            const response = await fetch(new URL(request.path, origin), {
              method: request.method ?? 'GET',
              headers: request.headers,
              body:
                typeof request.body === 'string'
                  ? request.body
                  : request.body && new Uint8Array(request.body),
              signal: AbortSignal.timeout((options.timeoutSeconds ?? 30) * 1000),
            });
            await response.arrayBuffer();
            latencies.push(performance.now() - sent);
            if (response.status >= 500) serverErrors++;
            if (response.status >= 400) non2xx++;
          } catch {
            errors++;
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    serverErrors,
    non2xx,
  };
}
