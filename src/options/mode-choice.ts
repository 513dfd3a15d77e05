// The choice between reading articles when asked and reading them automatically, with the host permission that
// goes with it. The options page and the welcome page both draw it from here, so the browser is asked the same way.
import { h } from '../popup/dom';
import type { Mode, Settings } from '../shared/settings';

export interface ModeChoiceDeps {
  /** Asks the browser for the host permission; must run inside the reader's click. True when granted. */
  requestAccess(): Promise<boolean>;
  /** Gives the permission back. */
  releaseAccess(): Promise<void>;
  save(patch: Partial<Settings>, what: string): Promise<void>;
  /** Tells the reader that what they chose did not happen, and why. */
  refused(message: string): void;
}

export const MODE_CHOICES: readonly { mode: Mode; label: string; hint: string }[] = [
  { mode: 'on-demand', label: 'When I ask', hint: 'When you click the Lede button in the toolbar (or press its shortcut), Lede reads that one page. No other access is needed.' },
  { mode: 'automatic', label: 'Automatically', hint: 'Highlight every news article you open. Your browser will ask you to let Lede read the pages you visit; it still reads them only on this device.' },
];

/** The permission request comes first and synchronously: browsers honour it only inside the reader's click. */
export function chooseAutomatic(deps: ModeChoiceDeps): Promise<void> {
  const asked = deps.requestAccess();
  return asked.catch(() => false).then(async (granted) => {
    if (!granted) {
      deps.refused('Automatic reading needs the permission your browser asked for. Lede keeps reading articles when you click its button.');
      return;
    }
    await deps.save({ mode: 'automatic' }, 'Lede reads articles automatically');
  });
}

export async function chooseOnDemand(deps: ModeChoiceDeps): Promise<void> {
  // The mode goes first, so the background does not read the permission's removal as the reader's browser taking
  // it away.
  await deps.save({ mode: 'on-demand' }, 'Lede reads an article when you ask');
  await deps.releaseAccess().catch(() => undefined);
}

/** One radio button per mode, `current` checked; choosing one runs its flow. */
export function modeRadios(current: Mode, deps: ModeChoiceDeps): HTMLElement[] {
  return MODE_CHOICES.map(({ mode, label, hint }) =>
    h('label', { class: 'choice' },
      h('input', {
        attrs: { type: 'radio', name: 'mode', id: `mode-${mode}`, value: mode, ...(current === mode ? { checked: '' } : {}) },
        on: { change: () => void (mode === 'automatic' ? chooseAutomatic(deps) : chooseOnDemand(deps)) },
      }),
      h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, hint))));
}
