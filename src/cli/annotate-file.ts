// One input file through the pipeline, as the CLI's JSON contract describes it.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { annotate, notAnArticle } from '../core/annotate';
import type { NerModel } from '../core/ner/model';
import type { Annotation, ArticleText } from '../core/types';
import { extractArticle } from '../article/extract';
import { decodeHtmlBytes, parseHtml } from './parse-html';
import { articleFromText } from './read-input';

export interface FileResult {
  file: string;
  annotation: Annotation;
}

/** `modelFor` gives the entity model for an article's language (nodeModelFor), or null for a language without one. */
export function annotateFile(file: string, modelFor: (article: ArticleText) => NerModel | null, url?: string): FileResult {
  const t0 = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { file, annotation: notAnArticle(`Could not read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`) };
  }
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = round(performance.now() - since));
  let annotation: Annotation;
  if (/^\.te?xt$/i.test(extname(file))) {
    const t1 = performance.now();
    const article = articleFromText(new TextDecoder('utf-8').decode(bytes));
    lap('read', t1);
    annotation = annotate(article, { ner: modelFor(article) });
  } else {
    const t1 = performance.now();
    let doc: Document;
    try {
      doc = parseHtml(decodeHtmlBytes(bytes), url ?? `file://${file}`);
    } catch (err) {
      return { file, annotation: notAnArticle(`Could not parse ${file} as HTML: ${err instanceof Error ? err.message : String(err)}`) };
    }
    lap('parse', t1);
    const t2 = performance.now();
    const extracted = extractArticle(doc, url ?? `file://${file}`);
    lap('extract', t2);
    annotation = extracted.article ? annotate(extracted.article, { ner: modelFor(extracted.article) }) : notAnArticle(extracted.reason);
  }
  annotation.timings = { ...timings, ...annotation.timings, total: round(performance.now() - t0) };
  return { file, annotation };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
