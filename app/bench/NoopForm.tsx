'use client';

import { doNothing } from './actions';

/** A form posting to the empty action, so the benchmark can capture a real action request. */
export function NoopForm() {
  return (
    <form action={doNothing}>
      <button type="submit">Do nothing</button>
    </form>
  );
}
