// The NER model, loaded once per worker lifetime from the extension package (a local file, not the network).
// A worker that the browser stopped simply loads it again on its next request.
import type { NerModel } from '../core/ner/model';
import { loadNerModel } from '../core/ner/model';
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
