/**
 * What a test sends a route handler or a server action, and what comes back: a form, a request
 * from a given client address, where a form action redirected.
 */
import { NextRequest } from 'next/server';

let forgeries = 0;

/**
 * A request to `path` from the client at `address`, each one carrying a different forged
 * X-Forwarded-For: none of them may change what the address is allowed.
 */
export function requestFrom(path: string, address: string) {
  forgeries += 1;
  return new NextRequest(`http://localhost:3000${path}`, {
    headers: { 'x-waymark-peer-address': address, 'x-forwarded-for': `6.6.6.${forgeries % 256}` },
  });
}

/** A submitted form, as a server action receives it. */
export function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** Where a form action sent the browser after its write (the stand-in redirect throws the URL). */
export async function redirectOf(result: Promise<unknown>): Promise<string> {
  const outcome = await result.then(
    (value) => ({ value }),
    (error: { url?: string }) => ({ url: error.url }),
  );
  if (!('url' in outcome)) throw new Error(`no redirect: ${JSON.stringify(outcome.value)}`);
  return outcome.url!;
}
