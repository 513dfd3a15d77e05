// How a reader reaches the cards: pointer hover (with intent delays), tap on touch screens, and the keyboard.
// Painted highlights cannot take focus, so keyboard access goes through a navigator in Lede's shadow root:
// Alt+Shift+K (or Shift+Tab from the top of the page: it is the page's last tab stop) focuses it, the arrow
// keys (or J/K) move from mark to mark in reading order, each opening its card, Enter moves into the card,
// Escape closes the card and then leaves. One polite announcement per move, nothing while hovering.
import type { Annotation } from '../core/types';
import type { SeenIn } from '../shared/protocol';
import { CardLayer } from './card/layer';
import { announcement, cardFor } from './card/model';
import type { CardActions } from './card/view';
import type { Painter } from './highlights';
import { hitTest } from './hit-index';
import { HoverIntent } from './hover-intent';
import type { Mark, MarkGroup } from './marks';
import type { PaintedArticle } from './painted-article';

export interface InteractionDeps {
  painted(): PaintedArticle | null;
  annotation(): { annotation: Annotation; history: Record<string, SeenIn[]> } | null;
  painter(): Painter | null;
  visible(): Set<MarkGroup>;
  alive(): boolean;
}

const TAP_SLOP = 10;
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"]';

/** Among overlapping marks under the pointer: a name inside a quote wins over the quote, then the shortest. */
export function pickMark(hits: readonly number[], marks: readonly Mark[]): number | null {
  let best: number | null = null;
  for (const i of hits) {
    if (best === null) best = i;
    else {
      const a = marks[i];
      const b = marks[best];
      const rank = (m: Mark) => (m.kind === 'entity' ? 0 : 1);
      if (rank(a) < rank(b) || (rank(a) === rank(b) && a.span.end - a.span.start < b.span.end - b.span.start)) best = i;
    }
  }
  return best;
}

export class Interaction {
  private made: CardLayer | null = null;
  private readonly intent: HoverIntent<number>;
  private attached = false;
  private point: { x: number; y: number } | undefined;
  private frame = 0;
  private pendingMove: PointerEvent | null = null;
  private touchStart: { x: number; y: number; t: number } | null = null;
  private keyboardMark: number | null = null;
  private returnFocus: Element | null = null;
  private revealing = false;
  private readonly reducedMotion: MediaQueryList | null;

  constructor(private readonly win: Window & typeof globalThis, private readonly deps: InteractionDeps) {
    this.reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    this.intent = new HoverIntent<number>({
      open: (mark) => this.showCard(mark),
      close: () => this.layer.hideCard(),
    });
  }

  /** Made on first use: the script runs on pages it never paints (automatic mode), which need no card. */
  get layer(): CardLayer {
    if (!this.made) {
      const layer = new CardLayer(this.win.document, {
        key: (e) => this.navigatorKey(e),
        focus: () => this.navigatorFocused(),
        blur: () => this.navigatorLeft(),
      });
      layer.host.addEventListener('pointerenter', () => this.intent.enterCard());
      layer.host.addEventListener('pointerleave', () => this.intent.leaveCard());
      this.made = layer;
    }
    return this.made;
  }

  /** The layer, if it was ever made. */
  get madeLayer(): CardLayer | null {
    return this.made;
  }

  private readonly onPointerMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    this.pendingMove = e;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.handleMove());
  };

  private readonly onPointerDown = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || e.pointerType === 'pen') this.touchStart = { x: e.clientX, y: e.clientY, t: e.timeStamp };
    else if (this.layer.cardOpen && !this.layer.owns(e)) this.intent.dismiss();
  };

  private readonly onPointerUp = (e: PointerEvent) => {
    const start = this.touchStart;
    this.touchStart = null;
    if (!start || (e.pointerType !== 'touch' && e.pointerType !== 'pen')) return;
    if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP || e.timeStamp - start.t > 600) return;
    if (this.layer.owns(e)) return;
    // A tap on a link inside the article follows the link, as it always did.
    if (e.target instanceof this.win.Element && e.target.closest(INTERACTIVE)) return;
    const hit = this.hitAt(e.clientX, e.clientY);
    this.point = { x: e.clientX, y: e.clientY };
    if (hit !== null) this.intent.openNow(hit);
    else this.intent.dismiss();
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (!this.deps.alive()) return;
    if (e.key === 'Escape' && this.layer.cardOpen) {
      const inLayer = this.layer.owns(e);
      this.intent.dismiss();
      if (inLayer) this.layer.focusNavigator();
      e.stopPropagation();
      e.preventDefault();
    } else if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK') {
      this.returnFocus = this.win.document.activeElement;
      this.layer.focusNavigator();
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private readonly onScroll = () => {
    if (!this.layer.cardOpen || this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.reposition();
    });
  };

  /** Starts listening (once) and brings the navigator's count up to date. */
  attach(): void {
    if (!this.attached) {
      this.attached = true;
      const opts = { passive: true, capture: true } as const;
      this.win.addEventListener('pointermove', this.onPointerMove, opts);
      this.win.addEventListener('pointerdown', this.onPointerDown, opts);
      this.win.addEventListener('pointerup', this.onPointerUp, opts);
      this.win.addEventListener('scroll', this.onScroll, opts);
      this.win.addEventListener('resize', this.onScroll, opts);
      this.win.addEventListener('keydown', this.onKeyDown, true);
    }
    const count = this.navigableMarks().length;
    this.layer.setNavigatorLabel(
      `Lede: ${count} highlighted names and quotes. Arrow keys move between them, Enter opens the card, Escape leaves.`,
      `Lede · ${count} highlights · ←/→ move · Enter open · Esc leave`,
    );
    this.layer.mount();
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.intent.dismiss();
    this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.keyboardMark = null;
    const opts = { capture: true } as const;
    this.win.removeEventListener('pointermove', this.onPointerMove, opts);
    this.win.removeEventListener('pointerdown', this.onPointerDown, opts);
    this.win.removeEventListener('pointerup', this.onPointerUp, opts);
    this.win.removeEventListener('scroll', this.onScroll, opts);
    this.win.removeEventListener('resize', this.onScroll, opts);
    this.win.removeEventListener('keydown', this.onKeyDown, true);
    this.layer.unmount();
  }

  /** Settings changed which groups show: a card for a hidden group closes. */
  visibilityChanged(): void {
    const shown = this.intent.current;
    const painted = this.deps.painted();
    if (shown !== null && painted && !this.deps.visible().has(painted.marks[shown].group)) this.intent.dismiss();
  }

  private handleMove(): void {
    this.frame = 0;
    const e = this.pendingMove;
    this.pendingMove = null;
    if (!e || !this.deps.alive()) return;
    this.deps.painter()?.ensure();
    if (this.layer.owns(e)) return;
    this.point = { x: e.clientX, y: e.clientY };
    this.intent.pointerOver(this.hitAt(e.clientX, e.clientY));
  }

  private hitAt(x: number, y: number): number | null {
    const painted = this.deps.painted();
    if (!painted) return null;
    const visible = this.deps.visible();
    return pickMark(hitTest(this.win.document, painted.index, x, y, (m) => visible.has(painted.marks[m].group)), painted.marks);
  }

  private actions: CardActions = {
    step: (entityId, delta) => {
      const painted = this.deps.painted();
      const shown = this.intent.current;
      if (!painted) return;
      const at = shown !== null ? painted.marks[shown] : null;
      const mentions = painted.marks.map((m, i) => ({ m, i })).filter(({ m, i }) => m.kind === 'entity' && m.entityId === entityId && painted.ranges[i] !== null);
      if (!mentions.length) return;
      const now = mentions.findIndex(({ m }) => m.kind === 'entity' && at?.kind === 'entity' && m.mention === at.mention);
      const next = mentions[(Math.max(0, now) + delta + mentions.length) % mentions.length];
      this.revealMark(next.i);
    },
    showQuote: (index) => this.reveal({ quote: index }),
    showEntity: (entityId) => {
      const painted = this.deps.painted();
      const data = this.deps.annotation();
      const shown = this.intent.current;
      if (!painted || !data) return;
      // The speaker's mention nearest before the quote (usually the attribution itself), else the first.
      const quoteMark = shown !== null ? painted.marks[shown] : null;
      const before = quoteMark ? quoteMark.span.end : Infinity;
      let best = -1;
      painted.marks.forEach((m, i) => {
        if (m.kind !== 'entity' || m.entityId !== entityId || !painted.ranges[i]) return;
        if (best < 0 || (m.span.start <= before + 200 && m.span.start > painted.marks[best].span.start)) best = i;
      });
      if (best >= 0) this.revealMark(best);
    },
  };

  private showCard(mark: number): void {
    const painted = this.deps.painted();
    const data = this.deps.annotation();
    if (!painted || !data) return;
    const model = cardFor(painted.marks[mark], data.annotation, data.history);
    if (!model) return;
    this.layer.showCard(model, this.actions, painted.rects(mark), this.keyboardMark === mark ? undefined : this.point);
  }

  private reposition(): void {
    const shown = this.intent.current;
    const painted = this.deps.painted();
    if (shown === null || !painted) return;
    const placed = this.layer.place(painted.rects(shown), this.point);
    // A card whose text scrolled away would explain nothing where it stands.
    if (!placed && !this.revealing) this.intent.dismiss();
  }

  private navigableMarks(): number[] {
    const painted = this.deps.painted();
    if (!painted) return [];
    const visible = this.deps.visible();
    return painted.marks.map((_, i) => i).filter((i) => painted.ranges[i] && visible.has(painted.marks[i].group));
  }

  private navigatorFocused(): void {
    const marks = this.navigableMarks();
    if (!marks.length) return;
    const painted = this.deps.painted()!;
    let start = this.keyboardMark ?? this.intent.current;
    if (start === null || !marks.includes(start)) {
      // Start where the reader is: the first mark on screen.
      const height = this.win.innerHeight;
      start = marks.find((i) => painted.rects(i).some((r) => r.bottom > 0 && r.top < height)) ?? marks[0];
    }
    this.keyTo(start);
  }

  private navigatorLeft(): void {
    this.keyboardMark = null;
    this.intent.dismiss();
  }

  private navigatorKey(e: KeyboardEvent): boolean {
    const marks = this.navigableMarks();
    if (!marks.length) return false;
    const at = Math.max(0, marks.indexOf(this.keyboardMark ?? -1));
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': case 'j':
        this.keyTo(marks[Math.min(marks.length - 1, at + 1)]);
        return true;
      case 'ArrowLeft': case 'ArrowUp': case 'k':
        this.keyTo(marks[Math.max(0, at - 1)]);
        return true;
      case 'Home':
        this.keyTo(marks[0]);
        return true;
      case 'End':
        this.keyTo(marks[marks.length - 1]);
        return true;
      case 'Enter': case ' ':
        if (!this.layer.cardOpen && this.keyboardMark !== null) this.keyTo(this.keyboardMark);
        this.layer.focusCard();
        return true;
      case 'Escape':
        if (this.layer.cardOpen) return false;
        this.keyboardMark = null;
        this.leaveNavigator();
        return true;
      default:
        return false;
    }
  }

  private leaveNavigator(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    const doc = this.win.document;
    if (back instanceof this.win.HTMLElement && back.isConnected && back !== doc.body) back.focus();
    // Nothing focusable to go back to (the shortcut was pressed on the page itself): just let go.
    if (this.layer.navigatorFocused) this.layer.blurNavigator();
  }

  private keyTo(mark: number): void {
    this.keyboardMark = mark;
    this.revealMark(mark);
    const painted = this.deps.painted();
    const data = this.deps.annotation();
    if (!painted || !data) return;
    const model = cardFor(painted.marks[mark], data.annotation, data.history);
    const marks = this.navigableMarks();
    if (model) this.layer.announce(announcement(model, marks.indexOf(mark), marks.length));
  }

  /** Scrolls a mark into view (only as far as needed), flashes it and opens its card for keeps. */
  revealMark(mark: number): boolean {
    const painted = this.deps.painted();
    const range = painted?.ranges[mark];
    if (!painted || !range) return false;
    const rects = painted.rects(mark);
    const height = this.win.innerHeight;
    const onScreen = rects.length > 0 && rects[0].top >= 0 && rects[rects.length - 1].bottom <= height;
    this.deps.painter()?.flash(range);
    const open = () => {
      this.revealing = false;
      this.point = undefined;
      this.intent.openNow(mark);
    };
    if (onScreen || !rects.length) {
      open();
      return true;
    }
    this.revealing = true;
    const smooth = !this.reducedMotion?.matches;
    const element = range.startContainer.parentElement;
    // Nested scrollers (an article in an overflow box) need the element to scroll; the window does the rest.
    element?.scrollIntoView({ block: 'nearest', behavior: 'instant' as ScrollBehavior });
    const after = painted.rects(mark);
    if (after.length && after[0].top >= 0 && after[after.length - 1].bottom <= height) {
      open();
      return true;
    }
    const top = (after[0] ?? rects[0]).top + this.win.scrollY - height / 3;
    this.win.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'instant' as ScrollBehavior });
    if (!smooth) {
      open();
      return true;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.win.removeEventListener('scrollend', finish);
      open();
    };
    this.win.addEventListener('scrollend', finish, { once: true });
    setTimeout(finish, 800);
    return true;
  }

  reveal(target: { quote?: number; entityId?: string; mention?: number }): boolean {
    const painted = this.deps.painted();
    if (!painted) return false;
    const mark = painted.marks.findIndex((m) =>
      target.quote !== undefined
        ? m.kind === 'quote' && m.quote === target.quote
        : m.kind === 'entity' && m.entityId === target.entityId && m.mention === (target.mention ?? 0));
    return mark >= 0 && this.revealMark(mark);
  }
}

