// The NER entry point for the rest of Lede. The interface lives in contract.ts so that the tagger can implement it
// without importing this file (no import cycle).
export type { NerModel } from './contract';
export { loadNerModel } from './tagger';
