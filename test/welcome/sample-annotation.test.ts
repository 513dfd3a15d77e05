// The welcome demo's request to the background: the same model and core as a page, none of the reader's storage.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import { BackgroundService, type BackgroundDeps } from '../../src/background/service';
import { validateBackgroundRequest } from '../../src/background/validate';
import type { ArticleText } from '../../src/core/types';
import { fixtureAnnotation } from '../background/annotation-fixture';

const ORIGIN = 'chrome-extension://lede-test-id/';

function article(): ArticleText {
  const { text, ...meta } = fixtureAnnotation().article!;
  return { text, meta, blocks: [{ start: 0, end: text.length }] };
}

/** Every store the service could write to fails loudly: the sample must touch none of them. */
function service(): BackgroundService {
  const untouchable = new Proxy({}, { get: (_t, name) => () => { throw new Error(`touched ${String(name)}`); } });
  return new BackgroundService({
    cache: untouchable, history: untouchable, tabs: untouchable, counters: untouchable,
    settings: () => { throw new Error('touched settings'); },
    model: async () => ({ tag: (text: string) => [{ start: text.indexOf('Allard Castelein'), end: text.indexOf('Allard Castelein') + 16, text: 'Allard Castelein', type: 'PER' as const }] }),
    extensionOrigin: ORIGIN,
    ensureInTab: () => { throw new Error('touched tabs'); },
  } as unknown as BackgroundDeps);
}

describe('annotateSample', () => {
  it('annotates with the model and the core, for the extension’s own pages', async () => {
    const { annotation } = await service().annotateSample({ article: article() }, { url: `${ORIGIN}welcome/demo.html`, tab: { id: 3 } });
    expect(annotation.article?.title).toBe('Port authority halts expansion after court ruling');
    expect(annotation.entities.map((e) => e.name)).toContain('Allard Castelein');
  });

  it('refuses a content script in a web page', async () => {
    await expect(service().annotateSample({ article: article() }, { url: 'https://harbour.example/news', tab: { id: 3 } })).rejects.toThrow(/extension's own pages/);
  });

  it.each([
    ['an article', { article: article() }, null],
    ['no article', {}, /article/],
    ['an extra field', { article: article(), url: 'https://x.example/' }, /url: unexpected field/],
    ['blocks outside the text', { article: { ...article(), blocks: [{ start: 0, end: 1e9 }] } }, /outside the text/],
  ])('the validator accepts only the article: %s', (_name, payload, problem) => {
    const found = validateBackgroundRequest('annotateSample', payload);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
