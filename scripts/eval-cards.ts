// Scores entity cards as a reader judges them: on the hand-made card gold in test/cards/gold (25 aeb news pages and
// the article fixtures), each gold card is right only when one card stands for it with the right name, type, aliases
// and role. The popup's list (the entities its summary card shows) is scored apart. Writes docs/cards-eval.md.
//   npm run eval:cards [-- --show]     --show prints every card that is not entirely right
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_PATH, nodeNerModel } from '../src/cli/node-model';
import { buildCard } from '../src/popup/card-model';
import { ENTITY_TYPES } from '../src/shared/protocol';
import { aebAvailable, annotatePage, loadGold } from './cards/pages';
import { CRITERIA, judgePage, type CardVerdict, type Criterion, type SysCard } from './cards/score';

const root = join(import.meta.dirname, '..');
const show = process.argv.includes('--show');
const ner = nodeNerModel();
const pages = loadGold().filter((p) => !p.source.startsWith('aeb/') || aebAvailable());
if (!aebAvailable()) console.log('../shared/data/articles/aeb is absent: scoring the fixtures only.');

const total = { cards: 0, right: 0, spurious: 0, wrongMerges: 0, personMerges: 0, pages: 0 };
const perCriterion = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>;
const byType = new Map<string, { cards: number; right: number }>();
const popup = { shown: 0, right: 0, ignored: 0, spurious: 0 };
const lines: string[] = [];

const describe = (s: SysCard | null): string => (s ? `${s.name} [${s.type}]${s.aliases.length ? ` aka ${s.aliases.join(' | ')}` : ''}${s.role ? ` — ${s.role}` : ''}` : '(no card)');

for (const page of pages) {
  const annotation = annotatePage(page.source, ner);
  const sys: SysCard[] = annotation.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, role: e.role }));
  const verdict = judgePage(page, sys);
  total.pages++;
  total.cards += verdict.cards.length;
  total.spurious += verdict.spurious.length;
  total.wrongMerges += verdict.wrongMerges.length;
  total.personMerges += verdict.wrongMerges.filter((w) => w.people).length;
  for (const v of verdict.cards) {
    if (v.right) total.right++;
    for (const c of CRITERIA) if (v.checks[c]) perCriterion[c]++;
    const t = byType.get(v.gold.type) ?? byType.set(v.gold.type, { cards: 0, right: 0 }).get(v.gold.type)!;
    t.cards++;
    if (v.right) t.right++;
  }
  const rightIds = new Set(verdict.cards.filter((v) => v.right).map((v) => v.sys!.id));
  const popupWrong: string[] = [];
  if (annotation.article) {
    const card = buildCard(annotation, { url: page.source, cached: false, history: {}, visibleTypes: ENTITY_TYPES, showQuotes: false });
    for (const e of card.entities) {
      const stands = verdict.standsFor.get(e.id);
      if (stands === 'ignored') popup.ignored++;
      else {
        popup.shown++;
        if (stands === null) popup.spurious++;
        if (rightIds.has(e.id)) popup.right++;
        else popupWrong.push(e.name);
      }
    }
  }
  if (show) {
    lines.push(`\n## ${page.source}`);
    for (const v of verdict.cards.filter((x: CardVerdict) => !x.right)) {
      const failed = CRITERIA.filter((c) => !v.checks[c]).join(',');
      lines.push(`  ✗ ${v.gold.name} [${v.gold.type}] (${failed}): ${v.matched.length ? v.matched.map(describe).join(' ‖ ') : '(no card)'}`);
    }
    for (const w of verdict.wrongMerges) lines.push(`  ⊕ ${describe(w.sys)} merges ${w.gold.map((g) => g.name).join(' + ')}`);
    for (const s of verdict.spurious) lines.push(`  ? ${describe(s)}`);
    if (popupWrong.length) lines.push(`  popup ✗ ${popupWrong.join(' | ')}`);
  }
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const report = [
  '# Entity cards: evaluation',
  '',
  'Written by `npm run eval:cards` (scripts/eval-cards.ts); do not edit by hand.',
  '',
  `Gold: ${total.pages} pages in test/cards/gold (the first 25 English aeb pages by id whose article body is under`,
  '6,000 characters, and the article fixtures), every card a reader expects judged from the article text. The',
  'pipeline runs the CLI path from HTML (parse, extract, annotate). These pages were also read while developing the',
  'entity rules: the numbers are development numbers, not held-out ones.',
  '',
  `NER model: model/ner.bin, sha256 ${createHash('sha256').update(readFileSync(MODEL_PATH)).digest('hex').slice(0, 16)}.`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| gold cards | ${total.cards} |`,
  `| cards entirely right | ${total.right} (${pct(total.right, total.cards)}) |`,
  ...CRITERIA.map((c) => `| ${criterionLabel(c)} | ${pct(perCriterion[c], total.cards)} |`),
  `| popup list entirely right | ${popup.right} of ${popup.shown} (${pct(popup.right, popup.shown)}); ${popup.ignored} shown names neither right nor wrong |`,
  `| popup entries naming nothing in the gold | ${popup.spurious} |`,
  `| cards naming nothing in the gold (spurious) | ${total.spurious} |`,
  `| cards merging two gold entities | ${total.wrongMerges} (of two people: ${total.personMerges}) |`,
  '',
  '| gold type | cards | entirely right |',
  '| --- | --- | --- |',
  ...[...byType].sort().map(([t, v]) => `| ${t} | ${v.cards} | ${pct(v.right, v.cards)} |`),
  '',
].join('\n');

function criterionLabel(c: Criterion): string {
  return {
    found: 'found (some card stands for it)',
    merged: 'one card (not split, not merged with another)',
    name: 'name',
    type: 'type',
    aliases: 'aliases (all the article uses, no others)',
    role: 'role',
  }[c];
}

console.log(report);
if (show) console.log(lines.join('\n'));
writeFileSync(join(root, 'docs/cards-eval.md'), report);
