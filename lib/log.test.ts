import { describe, expect, it } from 'vitest';

import { requestErrorLine, requestIdOf, safeMessage } from './log';

describe('server error lines', () => {
  it('carry the request id, path, route and digest, and nothing secret', () => {
    const error = Object.assign(
      new Error('Failed query: select * from sessions where session_token = $1 params: abc-token'),
      { digest: '12345' },
    );
    const line = requestErrorLine(
      error,
      {
        method: 'GET',
        path: '/dashboard?token=leaked',
        headers: {
          cookie: 'authjs.session-token=abc-token',
          authorization: 'Bearer secret',
          'x-request-id': 'req-42',
        },
      },
      { routePath: '/dashboard', routeType: 'render' },
    );
    const parsed = JSON.parse(line) as Record<string, string>;
    expect(parsed).toMatchObject({
      level: 'error',
      requestId: 'req-42',
      method: 'GET',
      path: '/dashboard',
      route: '/dashboard',
      routeType: 'render',
      digest: '12345',
    });
    expect(line).not.toMatch(/abc-token|secret|leaked|cookie/i);
  });

  it('makes up an id when none (or a malformed one) was given', () => {
    expect(requestIdOf({})).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ 'x-request-id': 'a b"<script>' })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf({ 'x-vercel-id': 'fra1::abc-123' })).toBe('fra1::abc-123');
  });

  it('cuts parameters and length out of messages', () => {
    expect(safeMessage(new Error('Failed query: insert into notes params: my secret note'))).toBe(
      'Failed query: insert into notes',
    );
    expect(safeMessage('x'.repeat(1000))).toHaveLength(300);
  });
});
