// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import type { Annotation, ArticleText } from '../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { startDemo } from '../../src/welcome/demo-run';
import { fixtureAnnotation } from '../background/annotation-fixture';

// An invented article, long enough to be read as one.
const PARAGRAPHS = Array.from({ length: 8 }, (_, i) =>
  `<p>Paragraph ${i + 1}: the harbour council met again on Thursday to discuss the ferry timetable, and members of the public asked when the night service would run. The chair said a decision would follow the next meeting of the transport committee.</p>`).join('');

function page(): Window & typeof globalThis {
  document.documentElement.innerHTML = `<head><title>Ferry timetable debate continues</title></head><body><article><h1>Ferry timetable debate continues</h1>${PARAGRAPHS}</article></body>`;
  return window;
}

let sent: ArticleText[];
let settings: Settings;

beforeEach(() => {
  sent = [];
  settings = { ...structuredClone(DEFAULT_SETTINGS) as Settings, mode: 'automatic', disabledSites: ['localhost'] };
});

const deps = (annotate: (a: ArticleText) => Promise<Annotation>) => ({
  win: page(),
  annotateSample: (article: ArticleText) => { sent.push(article); return annotate(article); },
  loadSettings: async () => settings,
  onSettingsChanged: () => () => undefined,
});

describe('startDemo', () => {
  it('extracts the page with the content script’s code, asks for the sample annotation once, and hands it on', async () => {
    const annotation = fixtureAnnotation();
    const handle = startDemo(deps(async () => annotation));
    await expect(handle.annotation).resolves.toBe(annotation);
    // Once, though the reader's settings say automatic: the demo runs when the page says so.
    expect(sent).toHaveLength(1);
    expect(sent[0].meta.title).toBe('Ferry timetable debate continues');
    expect(sent[0].text).toMatch(/Paragraph 8: the harbour council/);
  });

  it('rejects with the reason when the background cannot annotate', async () => {
    const handle = startDemo(deps(async () => { throw new Error('The entity model could not be loaded.'); }));
    await expect(handle.annotation).rejects.toThrow(/entity model could not be loaded/);
  });
});
