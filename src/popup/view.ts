// Every state the popup can be in, and how each is drawn. A state that is not the card always says why, and
// what the reader can do about it.
import type { CardActions, CardStyle } from './card-view';
import { renderCard } from './card-view';
import type { SummaryCard } from '../shared/summary-card';
import { h } from './dom';

export type PopupView =
  /** `card`: a card is expected (the popup of a read tab), so the view already has the card's size. */
  | { kind: 'loading'; card?: boolean }
  | { kind: 'annotating'; progress?: number }
  | { kind: 'idle' }
  /** `notice`: what this article goes without, in one line (names, in a language without an entity model). */
  | { kind: 'card'; card: SummaryCard; notice?: string }
  | { kind: 'not-article'; reason: string }
  /** `canAllow`: the reader can let Lede in (toolbar button, or automatic mode in the options). */
  | { kind: 'no-access'; reason: string; canAllow?: boolean }
  | { kind: 'disabled'; site: string }
  | { kind: 'error'; reason: string };

export interface ViewActions extends CardActions {
  run(): void;
  enableSite(): void;
}

function message(kind: string, title: string, text: string, ...extra: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: `state state-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
    h('div', { class: 'state-icon', attrs: { 'aria-hidden': 'true' } }),
    h('h1', {}, title),
    h('p', {}, text),
    ...extra);
}

/**
 * Where the card's sections will be, drawn while the article is read or a kept card is read back: the popup already
 * has the card's size, so the card replaces it without the popup window resizing (in Chromium, whose popup follows
 * its content's size, that resize made the card's first layout 25-35 ms slower).
 */
function cardShell(): HTMLElement {
  const lines = (...widths: number[]) => widths.map((w) => h('div', { class: 'shell-line', attrs: { style: `width: ${w}%` } }));
  return h('div', { class: 'shell', attrs: { 'aria-hidden': 'true' } },
    ...lines(45, 80, 70, 75, 60),
    ...lines(30, 95, 85, 50),
    ...lines(35, 90, 95, 70));
}

const button = (label: string, onClick: () => void, primary = true) =>
  h('button', { class: primary ? 'primary' : 'secondary', attrs: { type: 'button' }, on: { click: onClick } }, label);

export function renderView(view: PopupView, style: CardStyle, actions: ViewActions): HTMLElement {
  switch (view.kind) {
    case 'loading':
      return h('section', { class: `state state-loading${view.card ? ' card-sized' : ''}`, attrs: { role: 'status', 'aria-busy': 'true' } },
        h('p', {}, 'Loading…'), view.card ? cardShell() : null);
    case 'annotating': {
      const bar = h('progress', { attrs: { max: '1', 'aria-label': 'Reading the article' } });
      if (view.progress !== undefined) bar.value = view.progress;
      return message('annotating', 'Reading the article…', 'Finding the people, places, organisations and quotes. This happens on your device.', bar, cardShell());
    }
    case 'idle':
      return message('idle', 'Summarise this page', 'Lede is set to read articles when you ask.', button('Read this article', actions.run));
    case 'card':
      return renderCard(view.card, style, actions, view.notice);
    case 'not-article':
      return message('not-article', 'This page is not an article', view.reason, button('Try anyway', actions.run, false));
    case 'no-access':
      return view.canAllow
        ? message('no-access', 'Lede needs your go-ahead for this page', view.reason, button('Open options', actions.openOptions, false))
        : message('no-access', 'Lede cannot read this page', view.reason);
    case 'disabled':
      return message('disabled', `Lede is off for ${view.site}`, 'You switched Lede off on this site.', button(`Turn on for ${view.site}`, actions.enableSite));
    case 'error':
      return message('error', 'Something went wrong', view.reason, button('Try again', actions.run), button('Options', actions.openOptions, false));
  }
}
