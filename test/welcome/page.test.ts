// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import browserModule from '../../src/shared/browser';
import { loadSettings, onSettingsChanged, saveSettings } from '../../src/shared/settings';
import type { DemoHandle } from '../../src/welcome/demo-handle';
import { footprintOf } from '../../src/shared/footprint';
import { WelcomePage, type WelcomeDeps, type WelcomeParts } from '../../src/welcome/page';
import { fixtureAnnotation } from '../background/annotation-fixture';
import type { FakeBrowser } from '../background/fake-browser';

const browser = browserModule as unknown as FakeBrowser;
const now = footprintOf({ version: '2.0.0', permissions: ['activeTab', 'storage'] }, 1, 2);
let parts: WelcomeParts;
let summary: HTMLElement;
let grant: boolean;
let calls: string[];

function part(id: string): HTMLElement {
  const el = document.createElement('section');
  el.id = id;
  document.body.append(el);
  return el;
}

function handle(over: Partial<DemoHandle> = {}): DemoHandle {
  return {
    annotation: Promise.resolve(fixtureAnnotation()),
    toggle: async () => { calls.push('toggle'); return false; },
    reveal: (target) => { calls.push(`reveal ${JSON.stringify(target)}`); return true; },
    ...over,
  };
}

function deps(over: Partial<WelcomeDeps> = {}): WelcomeDeps {
  return {
    parts,
    family: 'chromium',
    shortcut: async () => 'Alt+Shift+L',
    changedFrom: null,
    now,
    loadSettings,
    saveSettings,
    onSettingsChanged,
    requestAccess: () => { calls.push('request'); return Promise.resolve(grant); },
    releaseAccess: async () => void calls.push('release'),
    demo: async () => handle(),
    showSummary: (el) => summary.replaceChildren(el),
    demoUrl: 'chrome-extension://lede-test-id/welcome/demo.html',
    clipboard: async (text) => void calls.push(`copy ${text.split('\n')[0]}`),
    download: (name) => void calls.push(`download ${name}`),
    openOptions: () => void calls.push('options'),
    ...over,
  };
}

const settle = () => new Promise((ok) => setTimeout(ok, 0));
const radio = (mode: string) => document.getElementById(`mode-${mode}`) as HTMLInputElement;

beforeEach(() => {
  browser.storage.sync!.data = {};
  browser.storage.local.data = {};
  browser.storage.onChanged.listeners.clear();
  document.body.replaceChildren();
  parts = { changed: part('changed'), pin: part('pin'), mode: part('mode'), status: part('status') };
  summary = part('summary');
  grant = true;
  calls = [];
});

describe('welcome page', () => {
  it('shows this browser’s pinning steps with the assigned shortcut, and no update note on a first install', async () => {
    await new WelcomePage(deps({ family: 'firefox' })).start();
    expect(parts.pin.querySelector('h2')!.id).toBe('pin-title');
    expect(parts.pin.textContent).toMatch(/Pin to Toolbar/);
    expect(parts.pin.textContent).toMatch(/Alt\+Shift\+L/);
    expect(parts.changed.hidden).toBe(true);
  });

  it('offers the two modes as a labelled radio group, starting on “when I ask”', async () => {
    await new WelcomePage(deps()).start();
    expect(parts.mode.querySelector('fieldset legend')!.textContent).toMatch(/When should Lede read/);
    expect(radio('on-demand').checked).toBe(true);
    expect(radio('automatic').closest('label')!.textContent).toMatch(/Automatically/);
  });

  it('asks for the permission inside the click and turns automatic on when granted', async () => {
    await new WelcomePage(deps()).start();
    radio('automatic').checked = true;
    radio('automatic').dispatchEvent(new Event('change', { bubbles: true }));
    // Synchronously, in the same event: browsers refuse a permission request made later.
    expect(calls).toEqual(['request']);
    await settle();
    expect((await loadSettings()).mode).toBe('automatic');
    expect(parts.status.textContent).toBe('Saved: Lede reads articles automatically.');
    expect(radio('automatic').checked).toBe(true);
  });

  it('stays on “when I ask” and says why when the reader refuses the permission', async () => {
    grant = false;
    await new WelcomePage(deps()).start();
    radio('automatic').checked = true;
    radio('automatic').dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await loadSettings()).mode).toBe('on-demand');
    expect(radio('on-demand').checked).toBe(true);
    expect(parts.status.textContent).toMatch(/needs the permission/);
  });

  it('gives the permission back when the reader returns to “when I ask”', async () => {
    await new WelcomePage(deps()).start();
    radio('automatic').dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    radio('on-demand').dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
    expect(calls).toEqual(['request', 'release']);
    expect((await loadSettings()).mode).toBe('on-demand');
  });

  it('after an update, lists what changed with the version the reader had', async () => {
    const before = { ...now, version: '1.0.0', permissions: ['activeTab'] };
    await new WelcomePage(deps({ changedFrom: before })).start();
    expect(parts.changed.hidden).toBe(false);
    expect(parts.changed.querySelector('h2')!.textContent).toBe('What changed in Lede 2.0.0');
    expect([...parts.changed.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Lede now asks your browser to keep your settings.']);
    expect(parts.changed.textContent).toMatch(/version 1\.0\.0/);
  });

  it('draws the popup’s summary card for the demo, whose buttons act on the demo article', async () => {
    await new WelcomePage(deps()).start();
    expect(summary.querySelector('.card .title')!.textContent).toBe('Port authority halts expansion after court ruling');
    expect(summary.querySelectorAll('.entities li').length).toBeGreaterThan(0);
    (summary.querySelector('.entity') as HTMLButtonElement).click();
    (summary.querySelector('.quote') as HTMLButtonElement).click();
    const buttons = [...summary.querySelectorAll<HTMLButtonElement>('.action')];
    buttons.find((b) => b.textContent === 'Highlights')!.click();
    buttons.find((b) => b.textContent === 'JSON')!.click();
    await settle();
    expect(calls[0]).toMatch(/^reveal \{"entityId":".+","mention":0\}$/);
    expect(calls[1]).toMatch(/^reveal \{"quote":\d+\}$/);
    expect(calls.slice(2)).toEqual(['toggle', 'download lede-sample.json']);
  });

  it('says so in the summary’s place when the demo could not run', async () => {
    await new WelcomePage(deps({ demo: async () => handle({ annotation: Promise.reject(new Error('The entity model could not be loaded.')) }) })).start();
    const alert = summary.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/demo could not run/);
    expect(alert.textContent).toMatch(/entity model could not be loaded/);
  });
});
