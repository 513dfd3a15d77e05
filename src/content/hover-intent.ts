// Timing of hover cards: a short delay before opening (so a pointer crossing the text opens nothing), a longer
// one before closing (so the pointer can travel from the text to the card), and nothing at all while the pointer
// rests on the card. Cards opened deliberately (keyboard, tap, a card's own link) stay until dismissed.
export const OPEN_DELAY = 150;
export const CLOSE_DELAY = 300;

export interface HoverTarget<T> {
  open(target: T): void;
  close(): void;
}

export class HoverIntent<T> {
  private shown: T | null = null;
  private pinned = false;
  private onCard = false;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly target: HoverTarget<T>, private readonly same: (a: T, b: T) => boolean = Object.is) {}

  get current(): T | null {
    return this.shown;
  }

  /** The pointer now rests over `hit` (null: over nothing of ours). */
  pointerOver(hit: T | null): void {
    if (this.onCard) return;
    if (hit !== null && this.shown !== null && this.same(hit, this.shown)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    this.cancelOpen();
    if (hit !== null) {
      this.cancelClose();
      this.openTimer = setTimeout(() => this.show(hit, false), OPEN_DELAY);
    } else if (this.shown !== null && !this.pinned) {
      this.scheduleClose();
    }
  }

  enterCard(): void {
    this.onCard = true;
    this.cancelOpen();
    this.cancelClose();
  }

  leaveCard(): void {
    this.onCard = false;
    if (!this.pinned) this.scheduleClose();
  }

  /** Opens at once and keeps the card until `dismiss`: keyboard, tap and in-card navigation. */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.show(target, true);
  }

  dismiss(): void {
    this.cancelOpen();
    this.cancelClose();
    this.onCard = false;
    this.pinned = false;
    if (this.shown !== null) {
      this.shown = null;
      this.target.close();
    }
  }

  private show(target: T, pin: boolean): void {
    this.shown = target;
    this.pinned = pin;
    this.target.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.dismiss();
    }, CLOSE_DELAY);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
