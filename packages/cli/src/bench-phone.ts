import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

/**
 * Issue 16's phone figures: a cheap Android phone in WeChat's browser on a slow network, measured
 * in Chromium with 4× CPU slowdown and a slow-3G profile (400 ms latency, 400 kbit/s each way).
 * "First usable input" is the time from starting the navigation until the page's first input is on
 * screen and enabled; bytes are what crossed the wire (compressed), requests every response.
 * Median of three; "cold" is a fresh browser profile, "shell cached" a profile that opened the
 * leader's team page once before. Targets from the issue: sign-in ≤ 3 s cold, form ≤ 3 s cached
 * and ≤ 6 s cold.
 */
const slow3g = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const cpuSlowdown = 4;
// SEEDBED_BENCH_RUNS=1 for a quick look (with SEEDBED_BENCH_TRACE=1: the requests of each visit).
const runs = Number(process.env.SEEDBED_BENCH_RUNS) || 3;

const wechatPhone = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  userAgent:
    'Mozilla/5.0 (Linux; Android 10; Redmi 8A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.99 Mobile Safari/537.36 MicroMessenger/8.0.40.2420(0x28002837) NetType/4G Language/zh_CN',
};

export interface PhoneTargets {
  /** The server's address, e.g. http://127.0.0.1:43210. */
  origin: string;
  /** A resident's sign-in path of an activity open for sign-in now: /s/<code>. */
  signInPath: string;
  /** The leader's team page and activity form. */
  leaderHomePath: string;
  activityFormPath: string;
  /** Signs a browser context in as the leader (sets its session cookie). */
  logInLeader: (context: BrowserContext) => Promise<void>;
}

export interface Visit {
  firstInputMs: number;
  transferredKB: number;
  requests: number;
  /** Of those, answered by the network (not the browser's cache or the service worker). */
  networkRequests: number;
}

export interface Figure extends Visit {
  targetMs: number | null;
  withinTarget: boolean | null;
}

/**
 * Installed before the page's own scripts: notes when the first element matching `selector` is in
 * the document, laid out and enabled — in the frame after that, when it is on screen. Measured in
 * the page because Playwright's own wait answers late on a 4×-slowed page: its injected script and
 * polling run on the same busy thread, and added 0.6–1.2 s to what the phone shows (seen by
 * comparing both on 2026-12-06).
 */
// A string, not a function: tsx's transpiled functions call helpers the page does not have.
const watchFirstInput = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const isUsable = (element) =>
    element instanceof HTMLElement && !element.disabled && element.getClientRects().length > 0;
  const check = () => {
    if (window.__firstInputAt !== undefined || !isUsable(document.querySelector(selector))) return;
    window.__firstInputAt = -1;
    requestAnimationFrame(() => { window.__firstInputAt = performance.timeOrigin + performance.now(); });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** A page opened on the throttled phone; resolves when its first input is usable. */
async function visit(page: Page, url: string, firstInput: string): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow3g);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  let bytes = 0;
  let requests = 0;
  let networkRequests = 0;
  cdp.on(
    'Network.responseReceived',
    (event: { response: { fromDiskCache?: boolean; fromServiceWorker?: boolean } }) => {
      requests += 1;
      if (!event.response.fromDiskCache && !event.response.fromServiceWorker) networkRequests += 1;
    },
  );
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  const trace = traceRequests(cdp);
  const settled = whenRequestsSettle(cdp);
  await page.addInitScript(watchFirstInput(firstInput));
  const startedAt = performance.timeOrigin + performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const input = page.locator(firstInput).first();
  await input.waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForFunction(
    (element) => !(element as { disabled?: boolean } | null)?.disabled,
    await input.elementHandle(),
  );
  // A string for the same reason as watchFirstInput (and the CLI's types know no `window`).
  const shownAt = await page.waitForFunction('window.__firstInputAt > 0 ? window.__firstInputAt : null');
  const firstInputMs = ((await shownAt.jsonValue()) as number) - startedAt;
  // What the page still loads after its input is usable (its helpers' answers, images, prefetches)
  // counts as its bytes too.
  await settled();
  trace?.print(url, firstInputMs);
  await cdp.detach();
  return {
    firstInputMs: Math.round(firstInputMs),
    transferredKB: Math.round(bytes / 102.4) / 10,
    requests,
    networkRequests,
  };
}

/**
 * Resolves once no request of the page is in flight and none has started for half a second.
 * Playwright's 'networkidle' cannot tell: it fires once per page, and a page whose first answers
 * came in before a quiet half second had it already while its form's helpers were still to ask.
 */
function whenRequestsSettle(cdp: CDPSession): () => Promise<void> {
  const inFlight = new Set<string>();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let resolveSettled = () => {};
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });
  let isWatching = false;
  const onChange = () => {
    clearTimeout(quiet);
    if (isWatching && inFlight.size === 0) quiet = setTimeout(resolveSettled, 500);
  };
  cdp.on('Network.requestWillBeSent', (event: { requestId: string }) => {
    inFlight.add(event.requestId);
    onChange();
  });
  const done = (event: { requestId: string }) => {
    inFlight.delete(event.requestId);
    onChange();
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  return () => {
    isWatching = true;
    onChange();
    return settled;
  };
}

/**
 * With SEEDBED_BENCH_TRACE=1, each visit's requests go to stderr — when each started and ended,
 * relative to the navigation — to see which waits chain before the first input.
 */
function traceRequests(cdp: CDPSession) {
  if (!process.env.SEEDBED_BENCH_TRACE) return null;
  const lines = new Map<string, { url: string; start: number; end?: number }>();
  let first = 0;
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string }; timestamp: number }) => {
    first ||= event.timestamp;
    lines.set(event.requestId, { url: new URL(event.request.url).pathname, start: event.timestamp });
  });
  cdp.on('Network.loadingFinished', (event: { requestId: string; timestamp: number }) => {
    const line = lines.get(event.requestId);
    if (line) line.end = event.timestamp;
  });
  const ms = (seconds: number) => Math.round((seconds - first) * 1000);
  return {
    print(url: string, firstInputMs: number) {
      const rows = [...lines.values()].map(
        (line) =>
          `  ${String(ms(line.start)).padStart(6)} → ${String(line.end ? ms(line.end) : '…').padStart(6)}  ${line.url}`,
      );
      process.stderr.write(`${url} — first input at ${Math.round(firstInputMs)} ms\n${rows.join('\n')}\n`);
    },
  };
}

function median(visits: Visit[], targetMs: number | null): Figure {
  const middle = <T>(values: T[], by: (value: T) => number) =>
    [...values].sort((a, b) => by(a) - by(b))[Math.floor(values.length / 2)] as T;
  const typical = middle(visits, (v) => v.firstInputMs);
  return {
    firstInputMs: typical.firstInputMs,
    transferredKB: middle(visits, (v) => v.transferredKB).transferredKB,
    requests: middle(visits, (v) => v.requests).requests,
    networkRequests: middle(visits, (v) => v.networkRequests).networkRequests,
    targetMs,
    withinTarget: targetMs === null ? null : typical.firstInputMs <= targetMs,
  };
}

async function repeat(times: number, measure: () => Promise<Visit>): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (let i = 0; i < times; i += 1) visits.push(await measure());
  return visits;
}

async function inFreshContext(browser: Browser, run: (context: BrowserContext) => Promise<Visit>) {
  const context = await browser.newContext(wechatPhone);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** Where the phone's pages are measured. */
export async function measurePhonePages(targets: PhoneTargets) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const at = (path: string) => `${targets.origin}${path}`;
  const formInput = '[data-testid="activity-title"] input, input[data-testid="activity-title"]';
  const signInInput = '[data-testid="sign-in-name"] input, input[data-testid="sign-in-name"], input[name="name"]';
  try {
    const signInCold = await repeat(runs, () =>
      inFreshContext(browser, async (context) => visit(await context.newPage(), at(targets.signInPath), signInInput)),
    );
    const formCold = await repeat(runs, () =>
      inFreshContext(browser, async (context) => {
        await targets.logInLeader(context);
        return visit(await context.newPage(), at(targets.activityFormPath), formInput);
      }),
    );
    const formShellCached = await repeat(runs, () =>
      inFreshContext(browser, async (context) => {
        await targets.logInLeader(context);
        const warm = await context.newPage();
        await warm.goto(at(targets.leaderHomePath), { waitUntil: 'networkidle' });
        // Once the service worker (when the build has one) holds the shell, the visit counts as cached.
        await warm.evaluate(`(async () => {
          const registration = await navigator.serviceWorker?.getRegistration();
          if (registration) await navigator.serviceWorker.ready;
        })()`);
        await warm.close();
        return visit(await context.newPage(), at(targets.activityFormPath), formInput);
      }),
    );
    const homeCold = await repeat(runs, () =>
      inFreshContext(browser, async (context) => {
        await targets.logInLeader(context);
        return visit(await context.newPage(), at(targets.leaderHomePath), 'main a[href*="/activities/new"]');
      }),
    );
    return {
      network: 'slow 3G: 400 ms latency, 400 kbit/s; CPU 4× slower; 360 px WeChat user agent; median of 3',
      publicSignIn: { cold: median(signInCold, 3_000) },
      activityForm: { cold: median(formCold, 6_000), shellCached: median(formShellCached, 3_000) },
      leaderHome: { cold: median(homeCold, null) },
    };
  } finally {
    await browser.close();
  }
}

/** The phone figures need a built web app and Debian's Chromium; without them they are skipped, saying why. */
export function phoneBenchUnavailable(webDistDir: string): string | null {
  if (!existsSync(join(webDistDir, 'index.html'))) return 'no web build: run npm run build:web first';
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return 'no Chromium at /usr/bin/chromium';
  return null;
}
