// Scores entity cards as a reader judges them: on the hand-made card gold in test/cards/gold (25 aeb news pages and
// the article fixtures, read while developing) and test/cards/heldout (15 more aeb pages whose gold was written
// before any rule was changed for them, scored apart), each gold card is right only when one card stands for it with the right name, type,
// aliases and role. The popup's list (the entities its summary card shows) is scored apart. Writes
// docs/cards-eval.md.
//   npm run eval:cards [-- --show]     --show prints every card that is not entirely right
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_PATH, nodeNerModel } from '../src/cli/node-model';
import { buildCard } from '../src/shared/summary-card';
import { ENTITY_TYPES } from '../src/shared/protocol';
import { aebAvailable, annotatePage, HELDOUT_DIR, loadGold } from './cards/pages';
import { CRITERIA, judgePage, type CardVerdict, type Criterion, type GoldPage, type SysCard } from './cards/score';

const root = join(import.meta.dirname, '..');
const show = process.argv.includes('--show');
const ner = nodeNerModel();
const usable = (pages: GoldPage[]) => pages.filter((p) => !p.source.startsWith('aeb/') || aebAvailable());
if (!aebAvailable()) console.log('../shared/data/articles/aeb is absent: scoring the fixtures only.');

interface Tally {
  pages: number;
  cards: number;
  right: number;
  spurious: number;
  wrongMerges: number;
  personMerges: number;
  criteria: Record<Criterion, number>;
  byType: Map<string, { cards: number; right: number }>;
  popup: { shown: number; right: number; ignored: number; spurious: number };
}

const describe = (s: SysCard | null): string => (s ? `${s.name} [${s.type}]${s.aliases.length ? ` aka ${s.aliases.join(' | ')}` : ''}${s.role ? ` — ${s.role}` : ''}` : '(no card)');

function score(pages: GoldPage[], lines: string[]): Tally {
  const t: Tally = {
    pages: 0, cards: 0, right: 0, spurious: 0, wrongMerges: 0, personMerges: 0,
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>,
    byType: new Map(),
    popup: { shown: 0, right: 0, ignored: 0, spurious: 0 },
  };
  for (const page of pages) {
    const annotation = annotatePage(page.source, ner);
    const sys: SysCard[] = annotation.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, role: e.role }));
    const verdict = judgePage(page, sys);
    t.pages++;
    t.cards += verdict.cards.length;
    t.spurious += verdict.spurious.length;
    t.wrongMerges += verdict.wrongMerges.length;
    t.personMerges += verdict.wrongMerges.filter((w) => w.people).length;
    for (const v of verdict.cards) {
      if (v.right) t.right++;
      for (const c of CRITERIA) if (v.checks[c]) t.criteria[c]++;
      const byType = t.byType.get(v.gold.type) ?? t.byType.set(v.gold.type, { cards: 0, right: 0 }).get(v.gold.type)!;
      byType.cards++;
      if (v.right) byType.right++;
    }
    const rightIds = new Set(verdict.cards.filter((v) => v.right).map((v) => v.sys!.id));
    const popupWrong: string[] = [];
    if (annotation.article) {
      const card = buildCard(annotation, { url: page.source, cached: false, history: {}, visibleTypes: ENTITY_TYPES, showQuotes: false });
      for (const e of card.entities) {
        const stands = verdict.standsFor.get(e.id);
        if (stands === 'ignored') t.popup.ignored++;
        else {
          t.popup.shown++;
          if (stands === null) t.popup.spurious++;
          if (rightIds.has(e.id)) t.popup.right++;
          else popupWrong.push(e.name);
        }
      }
    }
    lines.push(`\n## ${page.source}`);
    for (const v of verdict.cards.filter((x: CardVerdict) => !x.right)) {
      const failed = CRITERIA.filter((c) => !v.checks[c]).join(',');
      lines.push(`  ✗ ${v.gold.name} [${v.gold.type}] (${failed}): ${v.matched.length ? v.matched.map(describe).join(' ‖ ') : '(no card)'}`);
    }
    for (const w of verdict.wrongMerges) lines.push(`  ⊕ ${describe(w.sys)} merges ${w.gold.map((g) => g.name).join(' + ')}`);
    for (const s of verdict.spurious) lines.push(`  ? ${describe(s)}`);
    if (popupWrong.length) lines.push(`  popup ✗ ${popupWrong.join(' | ')}`);
  }
  return t;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const LABELS: Record<Criterion, string> = {
  found: 'found (some card stands for it)',
  merged: 'one card (not split, not merged with another)',
  name: 'name',
  type: 'type',
  aliases: 'aliases (all the article uses, no others)',
  role: 'role',
};

function table(title: string, t: Tally): string[] {
  return [
    `## ${title}`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| pages / gold cards | ${t.pages} / ${t.cards} |`,
    `| cards entirely right | ${t.right} (${pct(t.right, t.cards)}) |`,
    ...CRITERIA.map((c) => `| ${LABELS[c]} | ${pct(t.criteria[c], t.cards)} |`),
    `| popup list entirely right | ${t.popup.right} of ${t.popup.shown} (${pct(t.popup.right, t.popup.shown)}); ${t.popup.ignored} shown names neither right nor wrong |`,
    `| popup entries naming nothing in the gold | ${t.popup.spurious} |`,
    `| cards naming nothing in the gold (spurious) | ${t.spurious} |`,
    `| cards merging two gold entities | ${t.wrongMerges} (of two people: ${t.personMerges}) |`,
    '',
    '| gold type | cards | entirely right |',
    '| --- | --- | --- |',
    ...[...t.byType].sort().map(([type, v]) => `| ${type} | ${v.cards} | ${pct(v.right, v.cards)} |`),
    '',
  ];
}

const devLines: string[] = [];
const heldLines: string[] = [];
const dev = score(usable(loadGold()), devLines);
const held = score(usable(loadGold(HELDOUT_DIR)), heldLines);
const report = [
  '# Entity cards: evaluation',
  '',
  'Written by `npm run eval:cards` (scripts/eval-cards.ts); do not edit by hand.',
  '',
  'Gold: every card a reader expects (name, type, aliases, role), judged from the article text. The pipeline runs',
  'the CLI path from HTML (parse, extract, annotate); the popup list is what the summary card shows.',
  '',
  `NER model: model/ner.bin, sha256 ${createHash('sha256').update(readFileSync(MODEL_PATH)).digest('hex').slice(0, 16)}.`,
  '',
  ...table('Development gold (test/cards/gold)', dev),
  'The first 25 English aeb pages by id whose article body is under 6,000 characters, and the article fixtures.',
  'These pages were read while developing the entity rules: these are development numbers.',
  '',
  ...table('Held-out gold (test/cards/heldout)', held),
  'The next 15 English pages by the same rule (skipping one near-copy of a development page), 10 of them added in',
  'a later round; their gold was written before any rule was changed for them.',
  '',
].join('\n');

console.log(report);
if (show) console.log([...devLines, '\n# held-out', ...heldLines].join('\n'));
writeFileSync(join(root, 'docs/cards-eval.md'), report);
