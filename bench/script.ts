/** Runs a bench script's main; a failure is printed and ends the process. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    // An open browser or pool must not keep a failed run alive (and CI waiting) forever.
    process.exit(1);
  });
}

/**
 * The first loopback port a bench script listens on: BENCH_PORT when set (so checkouts that
 * share a machine can run side by side), else `fallback`. Scripts use it and the next few ports.
 */
export function benchPort(fallback: number, value = process.env.BENCH_PORT): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65_000) {
    throw new Error(`BENCH_PORT must be a port number between 1024 and 65000, not "${value}"`);
  }
  return port;
}
