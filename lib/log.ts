/**
 * Structured server error lines: one JSON object per line, with the request's id so a report
 * can be matched to a log line, and never a header, cookie, token or query parameter value.
 */
type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** The id a platform or proxy gave the request (Vercel, nginx), else a fresh one. */
export function requestIdOf(headers: Headers): string {
  const given = headers['x-request-id'] ?? headers['x-vercel-id'];
  const id = Array.isArray(given) ? given[0] : given;
  return id && /^[\w:.-]{1,128}$/.test(id) ? id : crypto.randomUUID();
}

/**
 * An error's message, safe to log: database errors from Drizzle carry the statement and its
 * parameters (learner ids, note text), which stop at "params:"; long messages are cut.
 */
export function safeMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split(/\s*params:/)[0]!
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

export function errorLine(fields: Record<string, string | number | undefined>): string {
  return JSON.stringify({ level: 'error', time: new Date().toISOString(), ...fields });
}

/** The line for an error Next.js caught while rendering, routing or running an action. */
export function requestErrorLine(
  error: unknown,
  request: { path: string; method: string; headers: Headers },
  context: { routePath: string; routeType: string },
): string {
  return errorLine({
    requestId: requestIdOf(request.headers),
    method: request.method,
    path: request.path.split('?')[0],
    route: context.routePath,
    routeType: context.routeType,
    digest: (error as { digest?: string } | undefined)?.digest,
    message: safeMessage(error),
  });
}
