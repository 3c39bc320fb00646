import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { testNow } from './clock';

/**
 * Debian's Chromium driven by playwright-core (no browser download). Background networking is off:
 * this machine's closed network refuses Chromium's own connections.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * Message keys a page asked for that no loaded catalogue has (the app logs them: i18n/index.ts),
 * e.g. a page that forgot to name a message group. tests/support/e2e-setup.ts fails the test.
 */
export const missingMessages: string[] = [];

/**
 * Every journey's context: it reports missing message keys, and its pages run on the e2e test clock
 * (support/clock.ts), so the app's "today" in the browser — default dates, the workload's period,
 * "this month" — is the server's and the demo's. `install` starts the page's clock at the test
 * clock's now and lets it run on in real time, timers included.
 */
async function prepare(context: BrowserContext): Promise<BrowserContext> {
  await context.clock.install({ time: testNow() });
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && text.startsWith('[i18n] missing message')) missingMessages.push(text);
  });
  return context;
}

/**
 * A leader's phone: 360 px wide, touch, Chinese, WeChat's in-app browser user agent. The app's
 * service worker runs as on a phone (it keeps the shell and the leader's pages); a journey that
 * intercepts the app's own files passes `serviceWorkers: 'block'`, or the worker answers from its cache.
 * `javaScriptEnabled: false` for the public pages, which must work before and without scripts.
 */
export async function phoneContext(
  browser: Browser,
  options: Pick<BrowserContextOptions, 'serviceWorkers' | 'javaScriptEnabled'> = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...options,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; Redmi 8A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.99 Mobile Safari/537.36 MicroMessenger/8.0.40.2420(0x28002837) NetType/4G Language/zh_CN',
  });
  return prepare(context);
}

/** A social worker's desktop. */
export async function desktopContext(browser: Browser): Promise<BrowserContext> {
  return prepare(await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' }));
}

export function screenshotPath(name: string): string {
  return join(process.cwd(), 'test-output', 'screenshots', `${name}.png`);
}
