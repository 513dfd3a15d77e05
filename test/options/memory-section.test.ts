// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import { MemorySection } from '../../src/options/memory-section';
import type { MemoryStats } from '../../src/shared/protocol';

let root: HTMLElement;
let stats: MemoryStats;
let calls: string[];
let said: string[];
let section: MemorySection;

beforeEach(async () => {
  root = document.createElement('main');
  document.body.replaceChildren(root);
  stats = { articles: 12, entities: 80, bytes: 3 * 1024 * 1024, limitBytes: 50 * 1024 * 1024 };
  calls = [];
  said = [];
  section = new MemorySection({
    memoryStats: async () => stats,
    setMemoryLimit: async (mb) => (calls.push(`limit ${mb}`), stats = { ...stats, limitBytes: mb * 1024 * 1024 }, mb),
    forgetSite: async (site) => (calls.push(`forget ${site}`), stats = { ...stats, articles: 10 }, 2),
  }, () => root.replaceChildren(section.render()), (s) => void said.push(s));
  await section.refresh();
});

const $ = <T extends Element = HTMLInputElement>(sel: string) => root.querySelector<T>(sel)!;

describe('the reading memory options', () => {
  it('says what memory holds, links to it, and sets its limit', async () => {
    expect($('#memory-usage').textContent).toBe('12 articles and 80 names remembered, 3.0 MB of 50.0 MB.');
    expect($('#memory-browse').getAttribute('href')).toBe('../entity/entity.html');
    expect($('#memory-limit').value).toBe('50');
    $('#memory-limit').value = '20';
    $('#memory-limit').dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($('#memory-limit').value).toBe('20'));
    expect(calls).toEqual(['limit 20']);
  });

  it('forgets a site typed as a host or pasted as an address, and refuses what is neither', async () => {
    $('#forget-site-input').value = 'not a site!';
    $<HTMLButtonElement>('#forget-site').click();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('is not a site name');
    $('#forget-site-input').value = 'https://www.news.example/a/b';
    $<HTMLButtonElement>('#forget-site').click();
    await vi.waitFor(() => expect($('#memory-usage').textContent).toContain('10 articles'));
    expect(calls).toEqual(['forget news.example']);
    expect(said).toEqual(['Forgot 2 articles from news.example.']);
  });
});
