// The summary card's model lives in src/shared/summary-card.ts, below both the popup and the exports; the popup's
// modules import it from here.
export * from '../shared/summary-card';
