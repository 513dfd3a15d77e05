// Loads the HTML fixtures under test/fixtures/pages as a browser would see them at a given URL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../src/cli/parse-html';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/pages');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function fixturePage(name: string, url: string, edit: (html: string) => string = (h) => h): Document {
  return parseHtml(edit(fixtureHtml(name)), url);
}

/** Fixture pages and the addresses they are served from. */
export const URLS = {
  jsonld: 'https://www.coastalcourier.example/news/local/harbour-authority-approves-night-ferries-after-two-year-trial-48213',
  opengraph: 'https://riverside-gazette.example/2024/06/city-council-delays-vote-on-cycle-lanes',
  meta: 'https://stadtanzeiger.example/lokales/neue-buslinie-verbindet-vororte-mit-dem-hauptbahnhof-9912',
  time: 'https://valleynaturalist.example/birds/volunteers-count-record-number-of-swifts',
  text: 'https://gulfdailywire.example/economy/port-workers-end-strike-after-pay-deal',
  paywalled: 'https://observer.example/companies/insurers-quietly-retreat-from-coastal-towns-2231',
  multiPage: 'https://heartlandreview.example/features/the-long-road-back-how-one-mill-town-rebuilt-itself',
  sample: 'https://www.albawaba.com/news/nato-troops-may-replace-us-presence-iraq-1334254',
};
