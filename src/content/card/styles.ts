// The card's own stylesheet, inside its shadow root: page CSS cannot reach in, and `all: initial` on the host
// stops inherited page fonts and colours at the boundary. Colours meet WCAG AA in both themes.
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }
.layer { --bg: #ffffff; --fg: #1a1a1f; --muted: #55565f; --line: #d9dae0; --accent: #1d4ed8; --quote-bg: #f4f4f6; --shadow: 0 6px 24px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); }
.layer.dark { --bg: #1f2026; --fg: #ececf1; --muted: #b4b6c2; --line: #3a3c46; --accent: #93b4ff; --quote-bg: #2a2b33; --shadow: 0 6px 24px rgba(0,0,0,.55), 0 1px 3px rgba(0,0,0,.4); }
.card { position: fixed; box-sizing: border-box; width: max-content; min-width: 220px; max-width: min(360px, calc(100vw - 16px)); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow); padding: 12px 14px;
  opacity: 1; transition: opacity 120ms ease-out; text-align: start; }
.card[hidden] { display: none; }
.card.entering { opacity: 0; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.badge { font-size: 11px; font-weight: 600; letter-spacing: .03em; text-transform: uppercase; color: var(--muted); display: inline-flex; align-items: center; gap: 5px; }
.badge::before { content: ""; width: 9px; height: 9px; border-radius: 50%; background: var(--dot, var(--muted)); }
.t-per { --dot: var(--c-per); } .t-org { --dot: var(--c-org); } .t-loc { --dot: var(--c-loc); } .t-misc { --dot: var(--c-misc); }
.name { font-size: 16px; font-weight: 650; overflow-wrap: anywhere; }
p { margin: 6px 0 0; overflow-wrap: anywhere; }
.role { color: var(--fg); }
.aliases, .more, .said, .count { color: var(--muted); }
.mentions { display: flex; align-items: center; gap: 6px; margin-top: 8px; }
.count { margin-inline-end: auto; font-size: 13px; }
button { font: inherit; color: var(--accent); background: none; border: 1px solid transparent; border-radius: 6px; cursor: pointer; padding: 2px 6px; text-align: start; }
button:hover { background: var(--quote-bg); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.step { font-size: 18px; line-height: 1; padding: 2px 9px; border-color: var(--line); color: var(--fg); }
ul { list-style: none; margin: 8px 0 0; padding: 0; }
.quote-link { display: block; width: 100%; color: var(--fg); background: var(--quote-bg); border-radius: 6px; padding: 5px 8px; margin-top: 4px; font-style: italic; overflow-wrap: anywhere; }
blockquote { margin: 8px 0 0; padding: 6px 10px; background: var(--quote-bg); border-inline-start: 3px solid var(--line); border-radius: 4px; font-style: italic; overflow-wrap: anywhere; }
.speaker-link { font-weight: 600; padding: 0 2px; }
.nav { position: fixed; top: 8px; inset-inline-end: 8px; box-sizing: border-box; max-width: calc(100vw - 16px); padding: 8px 12px; border-radius: 8px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: var(--shadow); font-size: 13px;
  clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }
.nav:focus, .nav:focus-within { clip-path: none; width: auto; height: auto; overflow: visible; outline: 2px solid var(--accent); outline-offset: 2px; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
`;
