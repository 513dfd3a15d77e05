// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The controller gets every extension API through its deps; the settings module only needs the wrapper to load.
vi.mock('../../src/shared/browser', () => ({ default: {} }));
// Counted, to see when the article is mapped onto the page.
vi.mock('../../src/article/live-ranges', async (original) => {
  const real = await original<typeof import('../../src/article/live-ranges')>();
  return { ...real, createLiveMapper: vi.fn(real.createLiveMapper) };
});

import { Controller, type ControllerDeps } from '../../src/content/controller';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { ArticleText } from '../../src/core/types';
import { createLiveMapper } from '../../src/article/live-ranges';
import { annotationOf, ENTITIES, PARAGRAPHS } from './annotation-fixture';

/** A settings read the test lets through when it wants: the content script's first await. */
function deferredSettings(settings: Settings) {
  let release: () => void = () => undefined;
  const loaded = new Promise<Settings>((ok) => (release = () => ok(settings)));
  return { load: () => loaded, release: () => release() };
}

function setup(
  settings: Partial<Settings>,
  answer: (type: string, payload: { article: ArticleText }) => Promise<unknown> = () => new Promise(() => undefined),
  extractElsewhere?: ControllerDeps['extractElsewhere'],
) {
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
    extractElsewhere,
  } as unknown as ControllerDeps;
  return { controller: new Controller(deps), reads, send, release: stored.release };
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

describe('Controller: where the article is read', () => {
  const sent = (send: ReturnType<typeof vi.fn>) => send.mock.calls.find(([type]) => type === 'annotate')?.[1] as { article: ArticleText } | undefined;

  it('takes the article the extension read off the page, and does not read the page itself', async () => {
    const elsewhere: ArticleText = { text: 'Invented text from elsewhere.', meta: { title: 'Elsewhere' } as ArticleText['meta'], blocks: [{ start: 0, end: 29 }] };
    const { controller, send, release } = setup({ mode: 'on-demand' }, undefined, async () => ({ article: elsewhere }));
    void controller.start();
    release();
    await vi.waitFor(() => expect(sent(send)?.article).toEqual(elsewhere));
    controller.destroy();
  });

  it('takes the extension\'s "not an article" as the answer', async () => {
    const { controller, send, reads, release } = setup({ mode: 'on-demand' }, undefined, async () => ({ article: null, reason: 'A search page.' }));
    void controller.start();
    release();
    await vi.waitFor(() => expect(reads).toEqual(['report']));
    expect(send).toHaveBeenCalledWith('report', expect.objectContaining({ state: { status: 'not-article', reason: 'A search page.' } }));
    controller.destroy();
  });

  it('reads the page itself when the extension cannot', async () => {
    const elsewhere = vi.fn(async () => {
      throw new Error('No DOM here to read the page in');
    });
    const { controller, send, release } = setup({ mode: 'on-demand' }, undefined, elsewhere);
    void controller.start();
    release();
    await vi.waitFor(() => expect(sent(send)?.article.text).toMatch(/^Shipping on the Rhine was halted/));
    expect(elsewhere).toHaveBeenCalledWith(document);
    controller.destroy();
  });
});

describe('Controller: mapping and painting', () => {
  /** jsdom has no Custom Highlight API nor layout: a registry, a Highlight and empty boxes, enough for the painter. */
  beforeEach(() => {
    Range.prototype.getBoundingClientRect = () => new DOMRect();
    const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };
    scope.CSS = { highlights: new Map() };
    scope.Highlight = class extends Set<AbstractRange> {
      priority = 0;
    };
    vi.mocked(createLiveMapper).mockClear();
  });

  afterEach(() => {
    const scope = window as unknown as { CSS?: unknown; Highlight?: unknown };
    delete scope.CSS;
    delete scope.Highlight;
    delete (Range.prototype as Partial<Range>).getBoundingClientRect;
  });

  const painted = () => {
    const registry = (window as unknown as { CSS: { highlights: Map<string, Set<StaticRange>> } }).CSS.highlights;
    return [...(registry.get('lede-x7q-per') ?? [])];
  };

  const cases: [string, () => void, number][] = [
    ['the page left the article alone', () => undefined, 1],
    // Same words, new text nodes: ranges into the old ones would paint nothing.
    ['the page re-rendered a paragraph', () => {
      const p = document.querySelectorAll('article p')[1];
      p.replaceWith(p.cloneNode(true));
    }, 2],
  ];
  for (const [what, change, mappings] of cases) {
    it(`maps the article while the background reads it, and paints from that mapping unless the page changed it: ${what}`, async () => {
      let answer: (value: unknown) => void = () => undefined;
      const answered = new Promise((ok) => (answer = ok));
      let article: ArticleText | null = null;
      const { controller, reads, release } = setup({ mode: 'on-demand' }, (type, payload) => {
        if (type !== 'annotate') return Promise.resolve({ ok: true });
        article = payload.article;
        return answered;
      });
      const read = controller.start();
      release();
      await vi.waitFor(() => expect(reads).toEqual(['annotate']));
      await vi.waitFor(() => expect(createLiveMapper).toHaveBeenCalledTimes(1));
      change();
      answer({ annotation: annotationOf(article!, ENTITIES, []), cached: false, history: {} });
      await read;
      await vi.waitFor(() => expect(painted().length).toBeGreaterThan(0));
      expect(createLiveMapper).toHaveBeenCalledTimes(mappings);
      expect(painted().every((r) => r.startContainer.isConnected)).toBe(true);
      expect(painted().map((r) => r.startContainer.textContent!.slice(r.startOffset, r.endOffset))).toContain('Markus Brandt');
      controller.destroy();
    });
  }
});

