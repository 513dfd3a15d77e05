// Articles in other languages in real Chromium and Firefox: every non-English page of the benchmark gets its
// summary card (title, reading time, language, key sentences) and, where the language has no entity model, the
// one-line notice saying where names are highlighted; one screenshot per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { AEB_ABSENT, AEB_DIR, AEB_HERE, describeInBrowsers, type FixtureServer, type Session } from './harness';
import { detectLanguage } from '../../src/core/text/language';
import { entityModelFile } from '../../src/core/lang';

const POPUP_BOX = { width: 380, height: 600 };

/** The benchmark's first page in each language other than English, by the language of its gold text. */
function pagesByLanguage(): { lang: string; id: string }[] {
  if (!AEB_HERE) return [];
  const truth = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const first = new Map<string, string>();
  for (const id of Object.keys(truth).sort()) {
    const lang = detectLanguage(truth[id].articleBody).lang;
    if (lang && lang !== 'en' && !first.has(lang)) first.set(lang, id);
  }
  return [...first].map(([lang, id]) => ({ lang, id }));
}

const PAGES = pagesByLanguage();

/** The first non-English page whose gold text quotes someone in guillemets or low-high marks (« » or „ “). */
function guillemetPage(): string | null {
  if (!AEB_HERE) return null;
  const truth = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth).sort().find((id) => {
    const body = truth[id].articleBody;
    return detectLanguage(body).lang !== 'en' && (body.match(/«[^»]{20,}»|„[^“]{20,}“/gu)?.length ?? 0) >= 2;
  }) ?? null;
}

/** Firefox over BiDi now and then loses a context right after a navigation: protocol errors are retried. */
async function retrying<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !/Protocol error/.test(`${err} ${(err as Error).cause ?? ''}`)) throw err;
    }
  }
}

async function cardOf(session: Session, page: Page) {
  const popup = await retrying(() => session.openPopupFor(page));
  await popup.setViewport(POPUP_BOX);
  // The card, or any state that is not a step on the way to it.
  const settled = '.card .title, .state:not(.state-loading):not(.state-annotating)';
  await retrying(() => popup.waitForFunction((sel) => document.querySelector(sel) !== null, { timeout: 60_000, polling: 200 }, settled));
  const facts = await popup.evaluate(() => {
    const all = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');
    return {
      state: document.querySelector('.state h1')?.textContent ?? null,
      title: document.querySelector('.card .title')?.textContent ?? '',
      reading: document.querySelector('.reading')?.textContent ?? '',
      language: document.querySelector('.lang')?.textContent ?? '',
      notice: document.querySelector('.notice')?.textContent ?? null,
      keySentences: all('.key-sentences li'),
      entities: all('.entity-name'),
    };
  });
  return { popup, facts };
}

describeInBrowsers('articles in other languages', (ctx) => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(() => {
    ({ server, session } = ctx);
  });

  it.skipIf(!AEB_HERE)(`the benchmark has pages in at least five other languages${AEB_ABSENT}`, () => {
    expect(PAGES.map((p) => p.lang).length).toBeGreaterThanOrEqual(5);
  });

  for (const { lang, id } of PAGES) {
    it(`${lang}: the card has a title, reading time, language and key sentences (${id.slice(0, 8)})`, async () => {
      const page = await retrying(() => session.openPage(server.url(`/aeb/${id}.html`)));
      const { popup, facts } = await cardOf(session, page);
      expect(facts.state, `the popup shows a state instead of the card: ${facts.state}`).toBeNull();
      expect(facts.title.trim().length).toBeGreaterThan(0);
      expect(facts.reading).toMatch(/^\d+ min read$/);
      expect(facts.language.length).toBeGreaterThan(0);
      expect(facts.keySentences.length).toBeGreaterThanOrEqual(1);
      // Names only where the language has an entity model; elsewhere the card says so in one line.
      if (entityModelFile(lang) === null) {
        expect(facts.notice).toMatch(/^Names are highlighted in .+ articles\.$/);
        expect(facts.entities).toEqual([]);
      }
      await session.screenshot(popup, `languages-${lang}`);
      await popup.close();
      await page.close();
    });
  }

  it.skipIf(!AEB_HERE)(`paints the quotes of a page quoting in « » or „ “${AEB_ABSENT}`, async () => {
    const id = guillemetPage();
    expect(id, 'a benchmark page quoting in guillemets').not.toBeNull();
    const page = await retrying(() => session.openPage(server.url(`/aeb/${id}.html`)));
    await page.waitForFunction(() => (CSS.highlights.get('lede-x7q-quote')?.size ?? 0) >= 2, { timeout: 60_000, polling: 200 });
    // The picture shows the first painted quote.
    await page.evaluate(() => {
      const first = [...(CSS.highlights.get('lede-x7q-quote') as unknown as Iterable<AbstractRange>)][0];
      first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    await session.screenshot(page, 'languages-quotes-page');
    await page.close();
  });

  it('raised no extension error', async () => {
    expect(await session.errors()).toEqual([]);
  });
});
