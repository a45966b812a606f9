import { gzipSync } from 'node:zlib';

import { chromium, type Browser, type Page } from '@playwright/test';

import { chromiumLaunchOptions } from '../testing/chromium';
import { SESSION_COOKIE } from './database';
import type { HtmlWeight } from './results';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Gzip bytes of every script a page loads, as Chromium counts them on the wire. */
export async function clientScriptBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return bytes;
}

/** The page's HTML and its visible text, both gzipped, to show how much markup carries the text. */
export async function htmlAndTextBytes(browser: Browser, url: string): Promise<HtmlWeight> {
  const html = await (await fetch(url)).text();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const text = await page.locator('body').innerText();
  await context.close();
  return {
    html: gzipSync(html).length,
    text: gzipSync(text).length,
    rawHtml: Buffer.byteLength(html),
  };
}

export type CapturedAction = { path: string; headers: Record<string, string>; body: Buffer };

/**
 * Clicks a control as a signed-in learner and records the server-action request the browser
 * sends, so the load replays exactly what the real client posts (action id, encoding, headers).
 */
export async function captureActionRequest(
  browser: Browser,
  {
    origin,
    path,
    token,
    click,
    prepare,
  }: {
    origin: string;
    path: string;
    token?: string;
    click: string;
    /** Fills the form before the click (answers a knowledge check). */
    prepare?: (page: Page) => Promise<void>;
  },
): Promise<CapturedAction> {
  const context = await browser.newContext();
  if (token) {
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: origin }]);
  }
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const posted = page.waitForRequest(
    (request) => request.method() === 'POST' && 'next-action' in request.headers(),
  );
  await prepare?.(page);
  await page.locator(click).first().click();
  const request = await posted;
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(
      ([name]) => !name.startsWith(':') && !['cookie', 'content-length', 'host'].includes(name),
    ),
  );
  const captured = {
    path: new URL(request.url()).pathname,
    headers,
    body: request.postDataBuffer()!,
  };
  await context.close();
  return captured;
}
