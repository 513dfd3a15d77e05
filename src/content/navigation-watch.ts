// Single-page apps change the article without a page load. A content script's isolated world cannot hook the
// page's history.pushState, so: the Navigation API's events where the browser has them, popstate for back and
// forward, and a once-a-second look at location for the rest (a string compare: nothing measurable).
export const POLL_MS = 1000;

/** The URL without its fragment: jumping to #comments is not a new article. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export class NavigationWatch {
  private last: string;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly check = () => this.tick();

  constructor(private readonly win: Window, private readonly changed: (url: string) => void, private readonly onTick: () => void = () => {}) {
    this.last = pageKey(win.location.href);
  }

  start(): void {
    this.win.addEventListener('popstate', this.check);
    (this.win as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', this.check);
    this.timer = setInterval(this.check, POLL_MS);
  }

  stop(): void {
    this.win.removeEventListener('popstate', this.check);
    (this.win as { navigation?: EventTarget }).navigation?.removeEventListener('navigatesuccess', this.check);
    clearInterval(this.timer);
  }

  private tick(): void {
    this.onTick();
    const now = pageKey(this.win.location.href);
    if (now === this.last) return;
    this.last = now;
    this.changed(this.win.location.href);
  }
}
