import { existsSync } from 'node:fs';

/**
 * Machines that cannot download Playwright's browsers use a system Chromium (Debian's `chromium`
 * package, or CHROMIUM_PATH); elsewhere Playwright's own browser is used (undefined here).
 */
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path),
);

/** Flags a system Chromium needs in a sandboxed machine with no outside network. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright: the system Chromium where there is one. */
export const chromiumLaunchOptions = systemChromium
  ? { executablePath: systemChromium, args: systemChromiumArgs }
  : {};
