// Content script entry: wires the controller to the extension (messages, settings) and guards against a
// second copy in the same page (the toolbar button can inject us where the registered script already runs).
import browser from '../shared/browser';
import { handleMessages, sendToBackground } from '../shared/messaging';
import type { ContentProtocol } from '../shared/protocol';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { Controller } from './controller';
import { removeLeftovers } from './leftovers';
import { extractOffPage } from './off-page';
import { validateContentMessage } from './messages';

const INSTANCE = Symbol.for('lede.content');

function extensionGone(): boolean {
  // After an update or reload the old script keeps running, but its runtime loses its id.
  const runtime = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime;
  return !runtime?.id;
}

function main(): void {
  const scope = globalThis as { [INSTANCE]?: Controller };
  const existing = scope[INSTANCE];
  if (existing?.alive) return;
  if (window.top !== window) return;
  removeLeftovers(document, typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null);
  const controller = new Controller({
    win: window,
    send: sendToBackground,
    loadSettings,
    onSettingsChanged,
    orphaned: extensionGone,
    extractElsewhere: extractOffPage,
  });
  scope[INSTANCE] = controller;
  const stop = handleMessages<ContentProtocol>(
    {
      run: async () => ({ ok: await controller.ask() }),
      toggle: async ({ on }) => ({ on: await controller.toggle(on) }),
      reveal: (target) => ({ ok: controller.reveal(target) }),
    },
    (sender) => sender.id === browser.runtime.id,
    validateContentMessage,
  );
  // An orphan must not answer for an extension that is gone.
  controller.onDestroy(stop);
  void controller.start().catch(() => controller.checkAlive());
}

main();
