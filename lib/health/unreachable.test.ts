import { describe, expect, it } from 'vitest';

import { DatabaseUnreachableError, isDatabaseUnreachable } from './unreachable';

const withCode = (code: string) => Object.assign(new Error('boom'), { code });

describe('isDatabaseUnreachable', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006'])(
    'recognises %s',
    (code) => expect(isDatabaseUnreachable(withCode(code))).toBe(true),
  );

  it('searches the cause chain, as Drizzle wraps driver errors', () => {
    const driver = withCode('ECONNREFUSED');
    const drizzle = new Error('Failed query: select 1', { cause: driver });
    expect(isDatabaseUnreachable(new Error('page', { cause: drizzle }))).toBe(true);
  });

  it('recognises a refused connection to several addresses (AggregateError)', () => {
    expect(isDatabaseUnreachable(new AggregateError([withCode('ECONNREFUSED')], ''))).toBe(true);
  });

  it('recognises lost connections and its own error', () => {
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnreachable(new DatabaseUnreachableError())).toBe(true);
  });

  it('does not call a bug or a rejected query an outage', () => {
    expect(isDatabaseUnreachable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnreachable(withCode('22021'))).toBe(false); // invalid byte sequence
    expect(isDatabaseUnreachable(withCode('23505'))).toBe(false); // unique violation
    expect(isDatabaseUnreachable(undefined)).toBe(false);
    expect(isDatabaseUnreachable('string')).toBe(false);
  });

  it('stops on a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnreachable(a)).toBe(false);
  });
});
