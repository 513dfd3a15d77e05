// Shared by the robustness tests: the CLI's own path for one page (annotateFile on a temporary file), the NER
// models to run it with, and the invariants every Annotation must keep whatever the input.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateFile } from '../../src/cli/annotate-file';
import type { NerModel } from '../../src/core/ner/model';
import type { Annotation, EntityType, Mention, Span } from '../../src/core/types';

export { annotateFile };

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * Tags every run of capitalised words as a name. A test double, not a model: it gives the stages after NER
 * (clustering, roles, quotes, salience, summary) dense and awkward mentions on every page, including names that
 * carry markup, emoji or combining marks, whether or not the trained model has landed.
 */
export const capitalisedRunTagger: NerModel = {
  tag(text: string, sentences: Span[]): Mention[] {
    const out: Mention[] = [];
    const re = /\p{Lu}[\p{L}\p{M}\p{N}'’<>=\-]*(?:[ \u200b\u200d]\p{Lu}[\p{L}\p{M}\p{N}'’<>=\-]*)*/gu;
    for (const s of sentences) {
      re.lastIndex = s.start;
      for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
        const end = Math.min(m.index + m[0].length, s.end);
        out.push({ start: m.index, end, text: text.slice(m.index, end), type: TYPES[out.length % TYPES.length] });
      }
    }
    return out;
  },
};

export interface Tagger {
  tagger: string;
  ner: NerModel | null;
  /** Why `ner` is null: a model not committed yet skips its tests (saying so), a model that fails to load fails them. */
  problem: string | null;
}

/** The committed model through the CLI's own loader, and the test double; the describe.each table of every suite. */
export async function taggersUnderTest(): Promise<Tagger[]> {
  const { MODEL_PATH, nodeNerModel } = await import('../../src/cli/node-model');
  let real: Tagger;
  if (!existsSync(MODEL_PATH)) {
    real = { tagger: 'the trained NER model (skipped: waits for model/ner.bin, not committed yet)', ner: null, problem: null };
  } else {
    try {
      real = { tagger: 'the trained NER model', ner: nodeNerModel(), problem: null };
    } catch (err) {
      real = { tagger: 'the trained NER model', ner: null, problem: `model/ner.bin does not load: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  return [real, { tagger: 'the capitalised-run tagger (test double for the stages after NER)', ner: capitalisedRunTagger, problem: null }];
}

/** The tagger a test runs with; throws (failing the test) when the committed model is broken. */
export function usable(t: Tagger): NerModel {
  if (!t.ner) throw new Error(t.problem ?? `${t.tagger} is not available`);
  return t.ner;
}

/** Writes `page` to a temporary file and runs the CLI's path on it, timing the whole call. */
export function annotatePage(page: string | Uint8Array, ner: NerModel, name = 'page.html'): { annotation: Annotation; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'lede-robust-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, page);
    const t0 = performance.now();
    const { annotation } = annotateFile(file, () => ner);
    return { annotation, ms: performance.now() - t0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// A mark, variation selector or skin tone belongs to the character before it; a joiner does when it glues emoji.
const COMBINING = /^(?:[\p{M}\ufe0f\u{1f3fb}-\u{1f3ff}]|\u200d\p{Extended_Pictographic})/u;

/** What is wrong with a span of `text`: out of range, empty, or cutting a character or a combining sequence. */
export function spanProblem(text: string, s: Span): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `non-integer offsets ${s.start}-${s.end}`;
  if (s.start < 0 || s.end > text.length || s.start >= s.end) return `offsets ${s.start}-${s.end} outside 0-${text.length} or empty`;
  if (isLow(text.charCodeAt(s.start)) && isHigh(text.charCodeAt(s.start - 1))) return `starts inside a surrogate pair at ${s.start}`;
  if (isHigh(text.charCodeAt(s.end - 1)) && isLow(text.charCodeAt(s.end))) return `ends inside a surrogate pair at ${s.end}`;
  if (COMBINING.test(text.slice(s.end, s.end + 2))) return `ends before a combining mark or joiner at ${s.end}: ${JSON.stringify(text.slice(s.start, s.end + 2))}`;
  return null;
}

/**
 * A name with the differences aliases are allowed to gloss over (case, accents, a leading "the", a possessive,
 * dots in acronyms, spacing and punctuation), so a mention can be matched against its entity's name and aliases.
 */
export function looseKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/^the\s+/u, '')
    .replace(/[.'’\u00ad]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every rule an Annotation keeps on any input; the list of broken ones (empty when all hold). */
export function annotationProblems(a: Annotation): string[] {
  const problems: string[] = [];
  if (!a.article) {
    if (!a.reason || a.reason.trim().length < 10) problems.push(`no article and no clear reason: ${JSON.stringify(a.reason)}`);
    if (a.entities.length || a.quotes.length || a.summary.length) problems.push('no article, yet entities, quotes or summary');
    return problems;
  }
  const { text } = a.article;
  if (!/[\p{L}\p{N}]/u.test(text)) problems.push(`an article with no words in it (${JSON.stringify(text.slice(0, 40))}): should be a reason instead`);
  for (const e of a.entities) {
    if (!TYPES.includes(e.type)) problems.push(`entity ${e.id} has type ${e.type}`);
    if (!(e.salience >= 0 && e.salience <= 1)) problems.push(`entity ${e.id} salience ${e.salience}`);
    if (!e.mentions.length) problems.push(`entity ${e.id} (${e.name}) has no mentions`);
    const forms = new Set([e.name, ...e.aliases].map(looseKey));
    for (const m of e.mentions) {
      const p = spanProblem(text, m);
      if (p) problems.push(`entity ${e.id} (${e.name}) mention: ${p}`);
      else if (!forms.has(looseKey(text.slice(m.start, m.end)))) problems.push(`entity ${e.id} mention ${JSON.stringify(text.slice(m.start, m.end))} is neither its name ${JSON.stringify(e.name)} nor an alias`);
    }
  }
  const ids = new Set(a.entities.map((e) => e.id));
  if (ids.size !== a.entities.length) problems.push('duplicate entity ids');
  for (const q of a.quotes) {
    const p = spanProblem(text, q);
    if (p) problems.push(`quote: ${p}`);
    if (q.entityId && !ids.has(q.entityId)) problems.push(`quote names entity ${q.entityId}, which does not exist`);
    if (q.speakerSpan && spanProblem(text, q.speakerSpan)) problems.push(`quote speaker span: ${spanProblem(text, q.speakerSpan)}`);
  }
  for (const s of a.summary) {
    const p = spanProblem(text, s);
    if (p) problems.push(`summary sentence: ${p}`);
  }
  for (let i = 1; i < a.summary.length; i++) if (a.summary[i].start < a.summary[i - 1].start) problems.push('summary not in text order');
  return problems;
}
