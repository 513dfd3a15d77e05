// The NER models, each loaded once per worker lifetime from the extension package (a local file, not the network)
// and only when a page in its language arrives: English pages never pay for the Portuguese model. A worker that the
// browser stopped simply loads them again on its next request.
import type { NerModel } from '../core/ner/model';
import { loadNerModel } from '../core/ner/model';
import { modelFileFor } from '../core/annotate';
import type { ArticleText } from '../core/types';
import { StageClock } from '../shared/timing';

export type ModelBytes = () => Promise<Uint8Array>;

export function modelLoader(readBytes: ModelBytes): () => Promise<NerModel> {
  let loading: Promise<NerModel> | null = null;
  return () => {
    loading ??= timed(readBytes).catch((err: unknown) => {
      // A failed load is retried on the next request rather than remembered.
      loading = null;
      throw new Error(`The entity model could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
    });
    return loading;
  };
}

/** The entity model for an article's language, or null when names are not highlighted in that language. */
export type ModelForArticle = (article: ArticleText) => Promise<NerModel | null>;

/**
 * Picks each article's model by its language; `loaderFor` makes the loader of a model file (modelLoader), asked
 * once per file, the first time a page in its language arrives.
 */
export function languageModels(loaderFor: (file: string) => () => Promise<NerModel>): ModelForArticle {
  const loaders = new Map<string, () => Promise<NerModel>>();
  return async (article) => {
    const file = modelFileFor(article);
    if (!file) return null;
    let load = loaders.get(file);
    if (!load) loaders.set(file, (load = loaderFor(file)));
    return load();
  };
}

export function packagedModel(url: string): ModelBytes {
  return async () => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

/** Reads and decodes the model, noting both steps for the benchmark (once per worker lifetime). */
async function timed(readBytes: ModelBytes): Promise<NerModel> {
  const clock = new StageClock('background:model');
  clock.mark('read');
  const bytes = await readBytes();
  clock.mark('decode');
  const model = loadNerModel(bytes);
  clock.mark('ready');
  clock.publish();
  return model;
}
