import { NextResponse, type NextRequest } from 'next/server';

import { bootScript } from '@/app/_components/theme';
import { contentSecurityPolicy } from '@/lib/csp';

let bootScriptHash: Promise<string> | undefined;

/** The CSP hash source of the inline theme script, the one inline script Waymark writes. */
function hashOfBootScript(): Promise<string> {
  bootScriptHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(bootScript))
    .then((digest) => `'sha256-${Buffer.from(digest).toString('base64')}'`);
  return bootScriptHash;
}

/**
 * Per-request pages get a fresh nonce: Next reads it from the request's policy and puts it on
 * its own inline scripts, and nothing inline without it (or the theme script's hash) may run.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    production: process.env.NODE_ENV === 'production',
    scripts: [`'nonce-${nonce}'`, await hashOfBootScript()],
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Every page rendered per request (literal, as Next requires; e2e/security.spec checks them).
export const config = {
  matcher: [
    '/dashboard',
    '/settings',
    '/search',
    '/signin/:path*',
    '/share/:path*',
    '/u/:path*',
    '/roadmaps/:roadmap/:topic/note',
    '/bench',
  ],
};
