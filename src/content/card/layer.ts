// The one element Lede adds to a page: a host at the end of <html> with a shadow root holding the card, the
// keyboard navigator and a polite live region. Removing it (and the highlights) restores the page exactly.
import type { EntityType } from '../../core/types';
import type { Theme } from '../theme';
import type { CardModel } from './model';
import { anchorBox, placeCard, type Box } from './position';
import { CARD_CSS } from './styles';
import { renderCard, type CardActions } from './view';

export const HOST_TAG = 'lede-layer';

export interface NavigatorHandlers {
  /** A key pressed while the navigator has focus; returns whether it was handled. */
  key(event: KeyboardEvent): boolean;
  focus(): void;
  blur(next: EventTarget | null): void;
}

export class CardLayer {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly frame: HTMLElement;
  private readonly card: HTMLElement;
  private readonly nav: HTMLElement;
  private readonly live: HTMLElement;
  private rtl = false;

  constructor(private readonly doc: Document, nav: NavigatorHandlers) {
    this.host = doc.createElement(HOST_TAG);
    // Open, so the card can be read by assistive tech and tests like any page text it repeats; the reading
    // history inside it lives in a nested closed root (see view.ts).
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.frame = doc.createElement('div');
    this.frame.className = 'layer';
    this.nav = doc.createElement('div');
    this.nav.className = 'nav';
    this.nav.tabIndex = 0;
    this.nav.setAttribute('role', 'button');
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.hidden = true;
    this.live = doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('aria-live', 'polite');
    this.frame.append(this.nav, this.card, this.live);
    this.root.append(style, this.frame);
    this.nav.addEventListener('keydown', (e) => {
      if (nav.key(e)) {
        e.preventDefault();
        e.stopPropagation();
      }
    });
    this.nav.addEventListener('focus', () => nav.focus());
    this.frame.addEventListener('focusout', (e) => {
      const next = (e as FocusEvent).relatedTarget;
      if (!next || !this.root.contains(next as Node)) nav.blur(next);
    });
  }

  mount(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  get mounted(): boolean {
    return this.host.isConnected;
  }

  unmount(): void {
    this.host.remove();
  }

  setTheme(theme: Theme, rtl: boolean): void {
    this.frame.classList.toggle('dark', theme === 'dark');
    this.rtl = rtl;
    this.frame.dir = rtl ? 'rtl' : 'ltr';
  }

  setColors(colors: Record<EntityType, string>): void {
    for (const [type, colour] of Object.entries(colors)) this.frame.style.setProperty(`--c-${type.toLowerCase()}`, colour);
  }

  setNavigatorLabel(label: string, visibleText: string): void {
    this.nav.setAttribute('aria-label', label);
    this.nav.textContent = visibleText;
  }

  focusNavigator(): void {
    this.mount();
    this.nav.focus();
  }

  blurNavigator(): void {
    this.nav.blur();
  }

  get navigatorFocused(): boolean {
    return this.root.activeElement === this.nav;
  }

  /** Whether an event happened on Lede's own UI. */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  get cardOpen(): boolean {
    return !this.card.hidden;
  }

  showCard(model: CardModel, actions: CardActions, rects: readonly Box[], point?: { x: number; y: number }): void {
    this.mount();
    renderCard(this.card, model, actions);
    const opening = this.card.hidden;
    this.card.hidden = false;
    if (opening) {
      this.card.classList.add('entering');
      requestAnimationFrame(() => this.card.classList.remove('entering'));
    }
    this.place(rects, point);
  }

  /** Re-places the open card next to its anchor (after scrolling or a resize); hides it when the anchor is gone. */
  place(rects: readonly Box[], point?: { x: number; y: number }): boolean {
    const anchor = anchorBox(rects, point);
    const view = this.doc.defaultView;
    if (!anchor || !view) return false;
    const viewport = { width: this.doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    if (anchor.bottom < 0 || anchor.top > viewport.height) return false;
    this.card.style.maxHeight = '';
    this.card.style.left = '0px';
    this.card.style.top = '0px';
    const size = this.card.getBoundingClientRect();
    const spot = placeCard(anchor, { width: size.width, height: size.height }, viewport, this.rtl);
    this.card.style.left = `${spot.left}px`;
    this.card.style.top = `${spot.top}px`;
    if (spot.maxHeight !== null) this.card.style.maxHeight = `${spot.maxHeight}px`;
    return true;
  }

  hideCard(): void {
    this.card.hidden = true;
    this.card.replaceChildren();
  }

  focusCard(): void {
    this.card.querySelector<HTMLElement>('button')?.focus();
  }

  announce(text: string): void {
    this.live.textContent = text;
  }
}
