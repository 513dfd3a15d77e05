// Loads the committed NER weights from disk, once per process.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNerModel, type NerModel } from '../core/ner/model';

export const MODEL_PATH = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'model/ner.bin');

let model: NerModel | null = null;

export function nodeNerModel(path = MODEL_PATH): NerModel {
  model ??= loadNerModel(new Uint8Array(readFileSync(path)));
  return model;
}
