/** Runs a bench script's main; a failure is printed and ends the process. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    // An open browser or pool must not keep a failed run alive (and CI waiting) forever.
    process.exit(1);
  });
}
