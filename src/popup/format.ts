// Display formats live in src/shared/format.ts, below both the popup and the exports; the popup's and the options
// page's modules import them from here.
export * from '../shared/format';
