import type { Instrumentation } from 'next';

/**
 * Runs once when the server starts: record each request's socket address (for the per-address
 * rate limits), refuse to start misconfigured, and prepare the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    (await import('./lib/rate-limit/peer-address')).recordPeerAddresses();
    await (await import('./lib/startup')).prepareServerOrExit();
  }
}

/** Every error Next.js catches on the server, as one structured line (lib/log.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { requestErrorLine } = await import('./lib/log');
  console.error(requestErrorLine(error, request, context));
};
