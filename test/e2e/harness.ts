// Drives the built extension in Debian's Chromium and Firefox ESR with puppeteer-core, the same way for both.
// Recipes that work on these machines are in ../shared/docs/browser-testing.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, '.artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
export const AEB_DIR = resolve(ROOT, '../shared/data/articles/aeb');
/**
 * The benchmark pages live beside the repository, in ../shared: a bare clone has none, and the tests that need them
 * skip with AEB_ABSENT in their title. CI always has them, so there a missing folder is an error, never a skip.
 */
export const AEB_HERE = existsSync(join(AEB_DIR, 'ground-truth.json'));
if (!AEB_HERE && process.env.CI) throw new Error(`The benchmark pages are required in CI but ${AEB_DIR} is missing`);
export const AEB_ABSENT = AEB_HERE ? '' : ' (skipped: no ../shared/data/articles/aeb here)';

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: '/usr/lib/chromium/chromium',
  firefox: '/usr/lib/firefox-esr/firefox-esr',
};
const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
const FIREFOX_UUID = '6b1f3c1e-5d5a-4c57-9a43-1e0de1ede000';
/** The optional host permission that automatic mode asks for (manifest.json). */
const ARTICLE_ORIGINS = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).optional_host_permissions as string[];
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

/**
 * Whether a browser can run here. In CI (`CI` set) a missing browser is an error, never a skip.
 */
export function browserAvailable(name: BrowserName): boolean {
  const present = existsSync(EXECUTABLES[name]);
  if (!present && process.env.CI) throw new Error(`${name} is required in CI but ${EXECUTABLES[name]} is missing`);
  return present;
}

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** What a test in `describeInBrowsers` reaches: set before its first test runs. */
export interface BrowserTestContext {
  name: BrowserName;
  server: FixtureServer;
  session: Session;
}

/**
 * One describe block per browser, sharing one fixture server and one browser session among its tests (a launch
 * costs seconds). A browser missing here skips its block with a message; in CI it fails instead.
 */
export function describeInBrowsers(title: string, body: (ctx: BrowserTestContext) => void, options: SessionOptions = {}): void {
  for (const name of BROWSERS) {
    const available = browserAvailable(name);
    if (!available) console.warn(`${name} is not installed here: "${title}" is skipped in it (CI installs it and never skips).`);
    describe.skipIf(!available)(`${title} in ${name}`, () => {
      const ctx = { name } as BrowserTestContext;
      beforeAll(async () => {
        ctx.server = await serveFixtures();
        ctx.session = await startSession(name, options);
      });
      afterAll(async () => {
        await ctx.session?.close();
        await ctx.server?.close();
      });
      body(ctx);
    });
  }
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.json': 'application/json' };

/**
 * Serves test/fixtures at /fixtures/ and the benchmark's real pages at /aeb/<id>.html on 127.0.0.1.
 * Real pages get a CSP that keeps them from loading anything from the internet, and lose their resource hints and
 * iframe sources, which make the browser itself open connections the CSP does not stop in time (measured: the
 * first 16 pages under an empty extension sent 9 CONNECTs in Chromium). So any request that still leaves the
 * machine was made by the extension.
 */
export async function serveFixtures(): Promise<FixtureServer> {
  const fixtures = join(ROOT, 'test/fixtures');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: Buffer | null = null;
    let type = 'text/plain';
    const headers: Record<string, string> = {};
    const aeb = /^\/aeb\/([0-9a-f]{64})\.html$/.exec(path);
    if (aeb) {
      const file = join(AEB_DIR, 'html', `${aeb[1]}.html.gz`);
      if (existsSync(file)) {
        body = Buffer.from(withoutConnectionHints(gunzipSync(readFileSync(file)).toString('utf8')));
        type = TYPES['.html'];
        headers['content-security-policy'] = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'";
      }
    } else if (path.startsWith('/fixtures/')) {
      let file = normalize(join(fixtures, path.slice('/fixtures/'.length)));
      if (file.startsWith(fixtures) && existsSync(file)) {
        if (!extname(file)) file = join(file, 'index.html');
        if (existsSync(file)) {
          body = readFileSync(file);
          type = TYPES[extname(file)] ?? 'application/octet-stream';
        }
      }
    }
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, url: (p) => origin + (p.startsWith('/') ? p : `/${p}`), close: () => closeServer(server) };
}

const RESOURCE_HINT = /<link\b[^>]*\brel\s*=\s*["']?[^"'>]*\b(?:preconnect|dns-prefetch|prefetch|preload|prerender|modulepreload)\b[^>]*>/gi;
const IFRAME = /<iframe\b[^>]*>/gi;

function withoutConnectionHints(html: string): string {
  return html.replace(RESOURCE_HINT, '').replace(IFRAME, '<iframe>');
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}

/**
 * The browsers' own housekeeping (updates, safe browsing, remote settings) that the launch flags cannot all turn
 * off. The extension has no reason to reach these hosts either, but a request to one would not be noticed.
 */
const BROWSER_OWN_HOSTS = /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

/** A proxy every non-loopback request goes through: it records the request (unless the browser's own) and refuses it. */
async function startRecordingProxy(seen: string[]): Promise<{ port: number; close(): Promise<void> }> {
  const record = (method: string, target: string) => {
    const host = target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
    if (!BROWSER_OWN_HOSTS.test(host)) seen.push(`${method} ${target}`);
  };
  const server = createServer((req, res) => {
    record(req.method ?? 'GET', req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    record('CONNECT', req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as AddressInfo).port, close: () => closeServer(server) };
}

export interface Session {
  browser: BrowserName;
  puppeteer: Browser;
  /** Requests that tried to leave the machine (recorded by the proxy). */
  requests: string[];
  extensionUrl(path: string): string;
  openPage(url: string): Promise<Page>;
  /** An extension page (`options/options.html`), once an element matching `ready` is in it. */
  openExtensionPage(path: string, ready?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The browser's tab id of a page opened with `openPage`. */
  tabIdOf(page: Page): number;
  /** The popup, opened as a tab for the tab showing `page`. */
  openPopupFor(page: Page): Promise<Page>;
  /** Extension errors: Chromium's extension error log, Firefox's `JavaScript error: moz-extension://` lines. */
  errors(): Promise<string[]>;
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * Stops the extension's background now, as the browser does to an idle or misbehaving one: Chromium's service
   * worker over CDP, Firefox's event page through its own `terminateBackground` (run over BiDi).
   */
  restartWorker(): Promise<void>;
  /**
   * Firefox: waits until the event page has been suspended by the browser itself, which a session started with a
   * short `extensions.background.idle.timeout` does within seconds of the last event. Chromium: not needed (its
   * idle timeout is fixed at 30 s), throws.
   */
  backgroundSuspended(timeoutMs?: number): Promise<void>;
  /**
   * Chooses a reading mode the way a reader does, by clicking it on the options page: automatic asks the browser
   * for the host permission (see `startSession`), on-demand gives it back. Resolves once the background has
   * registered or unregistered the content script. Returns whether the permission is now granted.
   */
  chooseMode(mode: 'automatic' | 'on-demand'): Promise<boolean>;
  /**
   * Clicks Lede's toolbar button for the tab showing `page`, through the browser's own action code (so
   * `activeTab` is granted and the popup opens): Chromium's `Extensions.triggerAction`, Firefox's browser action
   * `triggerAction` run in the browser window over BiDi (the harness launches it with system access).
   */
  clickAction(page: Page): Promise<void>;
  /** Closes the popup a toolbar click opened, as clicking elsewhere would (nothing when none is open). */
  closePopup(): Promise<void>;
  /**
   * Light or dark, as a reader's system theme would set it: Chromium emulates the media feature for `page` over
   * CDP; Firefox (where emulation is CDP-only) sets its content colour-scheme preference, for every page at once.
   */
  colorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /**
   * The reading mode the session starts in (default automatic, chosen on the options page before any page
   * opens, so suites about the page and the popup find Lede on every page as a reader with automatic mode would).
   */
  mode?: 'automatic' | 'on-demand';
  /** Firefox preferences added for this session (e.g. a short background idle timeout). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

/**
 * Launches a browser with the built extension. Nothing is granted at install; unless `options.mode` says
 * on-demand, the session then turns automatic mode on by clicking it on the options page, as a reader would.
 * The browser's permission prompt that follows is answered the way each browser allows in automation: Firefox by
 * its `extensions.webextOptionalPermissionPrompts` preference (false accepts optional permission requests),
 * Chromium, which has no switch or protocol command for that prompt, by a profile that remembers the reader
 * accepting it before (`runtime_granted_permissions`): `permissions.request` still has to be called from the
 * click, and the permission is not active until it is.
 */
export async function startSession(name: BrowserName, options: SessionOptions = {}, ext = join(ROOT, 'build', name === 'chromium' ? 'chrome' : 'firefox')): Promise<Session> {
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension at ${ext}: run npm run build first`);
  mkdirSync(join(ARTIFACTS, 'tmp'), { recursive: true });
  const profile = mkdtempSync(join(ARTIFACTS, 'tmp', `${name}-`));
  const requests: string[] = [];
  const proxy = await startRecordingProxy(requests);
  const env = { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile, HOME: profile } as Record<string, string>;
  const session = name === 'chromium'
    ? await startChromium(ext, profile, proxy, requests, env)
    : await startFirefox(ext, profile, proxy, requests, env, options.firefoxPrefs ?? {});
  if ((options.mode ?? 'automatic') === 'automatic' && !(await session.chooseMode('automatic'))) {
    await session.close();
    throw new Error(`${name} did not grant the host permission for automatic mode`);
  }
  return session;
}

/** Chromium's id for an unpacked extension: the first 128 bits of the SHA-256 of its path, in the letters a-p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

type Proxy = Awaited<ReturnType<typeof startRecordingProxy>>;

/** The raw WebDriver BiDi session under puppeteer's Firefox browser (for commands puppeteer does not wrap). */
interface BidiSession {
  send(method: 'browsingContext.getTree', params: Record<string, unknown>): Promise<{ result: { contexts: { context: string; url: string }[] } }>;
  send(method: 'script.evaluate', params: Record<string, unknown>): Promise<{ result: { type: string; result?: { value?: unknown } } }>;
}

async function startChromium(ext: string, profile: string, proxy: Proxy, requests: string[], env: Record<string, string>): Promise<Session> {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const expectedId = unpackedExtensionId(ext);
  const remembered = { api: [], explicit_host: ARTICLE_ORIGINS, manifest_permissions: [], scriptable_host: [] };
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({
    extensions: { ui: { developer_mode: true }, settings: { [expectedId]: { runtime_granted_permissions: remembered } } },
  }));
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [ext],
    userDataDir: profile,
    env,
    args: [...CHROMIUM_FLAGS, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--window-size=1280,900'],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const id = new URL(worker.url()).host;
  if (id !== expectedId) throw new Error(`Chromium gave the extension the id ${id}, not ${expectedId}: the remembered permission would not apply`);
  // Chromium records extension errors only after a reload made with developer mode on.
  const manage = await browser.newPage();
  await manage.goto('chrome://extensions/');
  await manage.evaluate((extId) => new Promise<void>((ok) => (globalThis as any).chrome.developerPrivate.reload(extId, { failQuietly: false }, () => ok())), id);
  await browser.waitForTarget((t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), { timeout: 20_000 });
  const base = `chrome-extension://${id}/`;
  const session = commonSession('chromium', browser, base, requests, profile, proxy);
  return {
    ...session,
    async errors() {
      const info = await manage.evaluate((extId) => new Promise<any>((ok) => (globalThis as any).chrome.developerPrivate.getExtensionInfo(extId, ok)), id);
      return [...(info.manifestErrors ?? []), ...(info.runtimeErrors ?? [])].map((e: any) => `${e.source ?? ''}: ${e.message}`);
    },
    async clickAction(page) {
      const extension = (await browser.extensions()).get(id);
      if (!extension) throw new Error(`extension ${id} is not installed`);
      await page.bringToFront();
      await page.triggerExtensionAction(extension);
    },
    async closePopup() {
      for (const target of browser.targets()) {
        // A read tab's button opens the popup with the tab named (`?tab=<id>`).
        if (target.type() === 'page' && target.url().split('?')[0] === `${base}popup/popup.html`) await (await target.asPage())?.close();
      }
    },
    async colorScheme(page, scheme) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    },
    async backgroundSuspended() {
      throw new Error('Chromium stops idle service workers after a fixed 30 s: use restartWorker');
    },
    async restartWorker() {
      const cdp = await manage.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
  };
}

async function startFirefox(ext: string, profile: string, proxy: Proxy, requests: string[], env: Record<string, string>, prefs: Record<string, string | number | boolean>): Promise<Session> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    userDataDir: profile,
    env,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextensions.warnings-as-errors': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      // Remote settings polls a Mozilla host many times a second when refused; point it at a closed local port.
      'services.settings.server': 'http://127.0.0.1:9/v1',
      // Accepts optional permission requests instead of showing the prompt (automation only; see startSession).
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  const stderr: string[] = [];
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/JavaScript error: moz-extension:\/\//.test(line)) stderr.push(line.trim());
  });
  await browser.installExtension(ext);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const session = commonSession('firefox', browser, base, requests, profile, proxy);
  return {
    ...session,
    async errors() {
      return [...stderr];
    },
    async restartWorker() {
      await inBrowserWindow(browser, `(async () => {
        await extension().terminateBackground();
        return extension().backgroundState;
      })()`);
    },
    async backgroundSuspended(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let state = '';
      while (Date.now() < deadline) {
        state = String(await inBrowserWindow(browser, 'extension().backgroundState'));
        if (state === 'stopped') return;
        await sleep(250);
      }
      throw new Error(`Firefox did not suspend the event page within ${timeoutMs} ms (state ${state})`);
    },
    async colorScheme(page, scheme) {
      // 0 dark, 1 light: what pages see as prefers-color-scheme, whatever the browser's own theme.
      await inBrowserWindow(browser, `(Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}), true)`);
      await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, { timeout: 5000 }, scheme === 'dark');
    },
    async clickAction(page) {
      await page.bringToFront();
      // puppeteer's triggerExtensionAction is CDP-only; the browser window's own code is reachable over BiDi.
      await inBrowserWindow(browser, `(ExtensionParent.apiManager.global.browserActionFor(extension()).triggerAction(window), true)`);
    },
    async closePopup() {
      await inBrowserWindow(browser, `(() => {
        const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        ViewPopup.for(extension(), window)?.closePopup();
        return true;
      })()`);
    },
  };
}

/**
 * Runs `expression` in Firefox's browser window (chrome scope, allowed by --remote-allow-system-access), where
 * `ExtensionParent` and `extension()` (Lede's Extension object) are in scope. Returns the primitive result.
 */
async function inBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const page = (await browser.pages())[0];
  // puppeteer wraps no chrome-scope commands: its raw BiDi session sits under each page's browsing context.
  const bidi = (page.mainFrame() as unknown as { browsingContext: { userContext: { browser: { session: BidiSession } } } }).browsingContext.userContext.browser.session;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window to run in');
  const reply = await bidi.send('script.evaluate', {
    expression: `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = () => ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      return ${expression};
    })()`,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (reply.result.type !== 'success') throw new Error(`Firefox browser window: ${JSON.stringify(reply.result)}`);
  return reply.result.result?.value;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function commonSession(name: BrowserName, browser: Browser, base: string, requests: string[], profile: string, proxy: Proxy): Omit<Session, 'errors' | 'restartWorker' | 'clickAction' | 'closePopup' | 'backgroundSuspended' | 'colorScheme'> {
  const extensionUrl = (path: string) => base + path.replace(/^\//, '');
  const tabs = new WeakMap<Page, number>();
  let probe: Promise<Page> | null = null;
  const tabIds = async (): Promise<number[]> => {
    probe ??= openExtensionPage(extensionUrl('options/options.html'));
    try {
      return await (await probe).evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return ((await api.tabs.query({})) as { id: number }[]).map((t) => t.id);
      });
    } catch (err) {
      // A failed probe (a rare BiDi hiccup in Firefox) must not poison every later openPage of the session.
      probe = null;
      throw err;
    }
  };
  /**
   * Extension pages never report load events to Firefox over BiDi, and an evaluation that lands mid-navigation can
   * fail with a protocol error instead of waiting: start the navigation, then poll until the page is there (asking
   * once more if it never arrives).
   */
  const openExtensionPage = async (url: string, ready = 'body *', viewport = { width: 420, height: 640 }): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    let lastError: unknown = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      void page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        try {
          const there = await page.evaluate((u, sel) => location.href === u && document.querySelector(sel) !== null, url, ready);
          if (there) return page;
        } catch (err) {
          lastError = err;
        }
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    throw new Error(`Extension page ${url} did not open (${lastError instanceof Error ? lastError.message : 'no ' + ready + ' element'})`);
  };
  return {
    browser: name,
    puppeteer: browser,
    requests,
    extensionUrl,
    async openPage(url) {
      // Pages get no tab ids from puppeteer, and reading tab URLs would need the "tabs" permission we don't ask
      // for: the new page's tab is the one id that appears in tabs.query() while it opens.
      const before = await tabIds();
      const page = await browser.newPage();
      const added = (await tabIds()).filter((id) => !before.includes(id));
      if (added.length === 1) tabs.set(page, added[0]);
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    tabIdOf(page) {
      const id = tabs.get(page);
      if (id === undefined) throw new Error('That page was not opened with session.openPage');
      return id;
    },
    async openPopupFor(page) {
      return openExtensionPage(extensionUrl(`popup/popup.html?tab=${this.tabIdOf(page)}`));
    },
    openExtensionPage: (path, ready, viewport) => openExtensionPage(extensionUrl(path), ready, viewport),
    async chooseMode(mode) {
      const options = await openExtensionPage(extensionUrl('options/options.html'), `#mode-${mode}`, { width: 800, height: 900 });
      try {
        // Chromium gives a background tab no frames, and a click waits for one.
        await options.bringToFront();
        // The page redraws once its cache figures arrive, which can detach the radio between finding and clicking it.
        for (let attempt = 1; ; attempt++) {
          try {
            await options.click(`#mode-${mode}`);
            break;
          } catch (err) {
            if (attempt >= 3 || !/detached|not clickable/i.test(String(err))) throw err;
            await sleep(200);
          }
        }
        // Done when the background has followed the permission: script registered or not, mode recorded.
        const deadline = Date.now() + 20_000;
        for (;;) {
          const state = await options.evaluate(async (origins) => {
            const api = (globalThis as any).browser ?? (globalThis as any).chrome;
            const [granted, scripts, stored] = await Promise.all([
              api.permissions.contains({ origins }),
              api.scripting.getRegisteredContentScripts({ ids: ['lede-articles'] }),
              api.storage.local.get('device'),
            ]);
            return { granted: granted as boolean, registered: (scripts as unknown[]).length === 1, mode: (stored.device?.mode ?? 'on-demand') as string };
          }, ARTICLE_ORIGINS).catch(() => null);
          const settled = state && (mode === 'automatic'
            ? state.mode === 'automatic' && state.granted && state.registered
            : state.mode === 'on-demand' && !state.granted && !state.registered);
          if (settled || (mode === 'automatic' && state && !state.granted && /needs the permission/.test(await options.$eval('.status', (e) => e.textContent ?? '').catch(() => '')))) return state!.granted;
          if (Date.now() > deadline) throw new Error(`choosing ${mode} mode did not settle: ${JSON.stringify(state)}`);
          await sleep(200);
        }
      } finally {
        await options.close();
      }
    },
    async screenshot(page, shot) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = join(SCREENSHOTS, `${name}-${shot}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
