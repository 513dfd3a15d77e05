// Loads the committed NER weights from disk, each file once per process and only when an article needs it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNerModel, type NerModel } from '../core/ner/model';
import type { ArticleText } from '../core/types';
import { modelFileFor } from '../core/annotate';

const MODEL_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'model');
export const MODEL_PATH = join(MODEL_DIR, 'ner.bin');

const loaded = new Map<string, NerModel>();

export function nodeNerModel(path = MODEL_PATH): NerModel {
  let model = loaded.get(path);
  if (!model) loaded.set(path, (model = loadNerModel(new Uint8Array(readFileSync(path)))));
  return model;
}

/** The entity model for the article's language (model/ner-pt.bin for Portuguese), or null for a language without one. */
export function nodeModelFor(article: ArticleText): NerModel | null {
  const file = modelFileFor(article);
  return file ? nodeNerModel(join(MODEL_DIR, file)) : null;
}
