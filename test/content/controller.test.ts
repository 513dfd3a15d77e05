// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The controller gets every extension API through its deps; the settings module only needs the wrapper to load.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

import { Controller, type ControllerDeps } from '../../src/content/controller';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { ArticleText } from '../../src/core/types';
import { annotationOf, PARAGRAPHS } from './annotation-fixture';

/** A settings read the test lets through when it wants: the content script's first await. */
function deferredSettings(settings: Settings) {
  let release: () => void = () => undefined;
  const loaded = new Promise<Settings>((ok) => (release = () => ok(settings)));
  return { load: () => loaded, release: () => release() };
}

function setup(settings: Partial<Settings>, answer: (type: string, payload: { article: ArticleText }) => Promise<unknown> = () => new Promise(() => undefined)) {
  const stored = deferredSettings({ ...structuredClone(DEFAULT_SETTINGS), ...settings } as Settings);
  // Reading a page means asking the background once: an annotate (or a report that it is no article).
  const reads: string[] = [];
  const send = vi.fn(async (type: string, payload: { article: ArticleText }) => {
    if (type === 'annotate' || type === 'report') reads.push(type);
    // Unless a test says otherwise the background never answers: a read in flight stays in flight.
    return answer(type, payload);
  });
  const deps = {
    win: window,
    send,
    loadSettings: stored.load,
    onSettingsChanged: () => () => undefined,
    orphaned: () => false,
  } as unknown as ControllerDeps;
  return { controller: new Controller(deps), reads, release: stored.release };
}

const settle = () => new Promise((ok) => setTimeout(ok, 30));

beforeEach(() => {
  document.head.innerHTML = '<title>Flooding closes Rhine shipping</title><meta property="og:type" content="article">';
  document.body.innerHTML = `<article><h1>Flooding closes Rhine shipping</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
});

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('Controller: reading when the reader asked', () => {
  it('on demand, starts reading as soon as it is in the page, and the request to read joins that read', async () => {
    const { controller, reads, release } = setup({ mode: 'on-demand' });
    void controller.start();
    release();
    // Extraction runs in steps, one task each: wait for its request rather than for a fixed time.
    await vi.waitFor(() => expect(reads).toEqual(['annotate']));
    void controller.ask();
    await settle();
    expect(reads).toEqual(['annotate']);
    controller.destroy();
  });

  it('reads once when the request to read comes before the settings', async () => {
    const { controller, reads, release } = setup({ mode: 'on-demand' });
    void controller.start();
    void controller.ask();
    release();
    await vi.waitFor(() => expect(reads).toEqual(['annotate']));
    await settle();
    expect(reads).toEqual(['annotate']);
    controller.destroy();
  });

  it('does not read a site the reader switched off until asked', async () => {
    const { controller, reads, release } = setup({ mode: 'on-demand', disabledSites: [location.hostname] });
    void controller.start();
    release();
    await settle();
    expect(reads).toEqual([]);
    controller.destroy();
  });

  it('hands the read the injection finished to the request that arrives after it, once', async () => {
    const answered = (type: string, payload: { article: ArticleText }) =>
      Promise.resolve(type === 'annotate' ? { annotation: annotationOf(payload.article, [], []), cached: false, history: {} } : { ok: true });
    const { controller, reads, release } = setup({ mode: 'on-demand' }, answered);
    const started = controller.start();
    release();
    await started;
    expect(reads).toEqual(['annotate']);
    await expect(controller.ask()).resolves.toBe(true);
    expect(reads).toEqual(['annotate']);
    await controller.ask();
    expect(reads).toEqual(['annotate', 'annotate']);
    controller.destroy();
  });

  it('reads again when the read the injection started failed', async () => {
    const failing = (type: string) => (type === 'annotate' ? Promise.reject(new Error('worker stopped')) : Promise.resolve({ ok: true }));
    const { controller, reads, release } = setup({ mode: 'on-demand' }, failing);
    const started = controller.start();
    release();
    await started;
    const firstRead = reads.length;
    expect(firstRead).toBeGreaterThan(0);
    await controller.ask();
    expect(reads.length).toBe(2 * firstRead);
    controller.destroy();
  });

  it('joins only the read the injection started: each later request is the reader\'s own and reads anew', async () => {
    const { controller, reads, release } = setup({ mode: 'on-demand', disabledSites: [location.hostname] });
    void controller.start();
    release();
    await settle();
    void controller.ask();
    void controller.ask();
    await vi.waitFor(() => expect(reads).toEqual(['annotate', 'annotate']));
    await settle();
    expect(reads).toEqual(['annotate', 'annotate']);
    controller.destroy();
  });
});
