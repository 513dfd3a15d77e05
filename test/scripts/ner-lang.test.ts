import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASING_MASK, Casing, Gazetteer, lexiconKey } from '../../src/core/ner/lexicon';
import { buildLexicon, buildNameFilter } from '../../scripts/lib/ner-gazetteers';
import { CasingCounter } from '../../scripts/lib/ner-lexicon';
import { NameList, phraseCodes, phraseKey } from '../../src/core/ner/phrases';
import { DATA_DIR } from '../../scripts/lib/ner-corpora';
import { CONNECTOR, LANGUAGES, addLanguageGazetteers, nerLanguage } from '../../scripts/lib/ner-lang';
import { PT_CONNECTORS } from '../../src/core/lang/pt/ner-function-words';
import { nameWords } from '../../scripts/lib/ner-lang-pt';
import { buildPhraseTable, phraseEntries } from '../../scripts/lib/ner-phrases';

const root = join(import.meta.dirname, '../..');

describe('NER languages', () => {
  it('keeps English as it was: model/ner.bin, its report, every shared resource and no extra gazetteer', () => {
    const en = nerLanguage('en');
    expect([en.model, en.report, en.vectors, en.phrases]).toEqual(['model/ner.bin', 'docs/ner-eval.md', true, true]);
    expect(en.gazetteers().size).toBe(0);
    // No name lists of its own: its phrase table is the shared lists' alone.
    expect(en.phraseLists).toBeUndefined();
    expect([en.functionWords, en.connectors, en.minCasingCount]).toEqual([undefined, undefined, undefined]);
    expect(en.corpora().map((c) => c.name)).toContain('conll');
  });

  it('trains Portuguese on Bosque with its contractions joined', () => {
    const pt = nerLanguage('pt');
    expect(pt.model).toBe('model/ner-pt.bin');
    expect(pt.corpora().map((c) => c.path)).toEqual(['ner/uner-pt-bosque/train.contracted.iob2']);
    // Bosque has no MISC, and its O means O: no partial labels.
    expect(pt.corpora().every((c) => c.partialMisc === false)).toBe(true);
    expect(pt.devSets.map((c) => c.path)).toEqual(['ner/uner-pt-bosque/dev.contracted.iob2']);
  });

  it('refuses a language it has no configuration for, naming those it has', () => {
    expect(() => nerLanguage('xx')).toThrow(/"xx".*en, pt/);
  });

  it('gives each language its own model file and report', () => {
    const all = Object.values(LANGUAGES);
    expect(new Set(all.map((l) => l.model)).size).toBe(all.length);
    expect(new Set(all.map((l) => l.report)).size).toBe(all.length);
  });

  it.skipIf(!existsSync(join(DATA_DIR, 'ner/uner-pt-bosque')))('finds every Portuguese corpus and dev set in the data (skipped: no ../shared/data/ner/uner-pt-bosque)', () => {
    const pt = nerLanguage('pt');
    for (const c of [...pt.corpora(), ...pt.devSets]) expect(existsSync(join(DATA_DIR, c.path)), c.path).toBe(true);
  });

  it('adds Portuguese gazetteer bits beside what the lexicon already holds', () => {
    const codes = new Map([['alemanha', 1]]);
    addLanguageGazetteers(codes, nerLanguage('pt'));
    const bits = (w: string) => codes.get(w) ?? 0;
    expect(bits('alemanha')).toBe(1 | Gazetteer.Country);
    expect(bits('joão') & Gazetteer.FirstName).toBeTruthy();
    expect(bits('ministra') & Gazetteer.RoleWord).toBeTruthy();
    expect(bits('voz') & Gazetteer.RoleWord).toBeTruthy();
    expect(bits('sindicato') & Gazetteer.OrgWord).toBeTruthy();
    expect(bits('lisboa') & Gazetteer.Place).toBeTruthy();
    // Lower-case words inside names are not place words: they have the connector cue alone.
    expect(bits('do') & Gazetteer.Place).toBe(0);
    expect(bits('de')).toBe(CONNECTOR);
  });

  it.each([
    // The shared lists' capitalised particles ("De Aar", "Na Hang", "Da" as a first name) mark no Portuguese function word.
    ['na', Gazetteer.Place | Gazetteer.FirstName, 0],
    ['para', Gazetteer.Place, 0],
    ['em', Gazetteer.FirstName, 0],
    ['que', Gazetteer.OrgWord, 0],
    // A connector inside names has a cue of its own, whatever it held.
    ['de', Gazetteer.Place | Gazetteer.FirstName, CONNECTOR],
    ['dos', 0, CONNECTOR],
    // "e" joins two names more often than it sits inside one: a function word, no connector.
    ['e', Gazetteer.Place, 0],
    // Not a function word: kept as it was.
    ['visita', 0, 0],
    ['lisboa', Gazetteer.Place, Gazetteer.Place],
  ])('gives the Portuguese function word "%s" (bits %i) the gazetteer bits %i', (word, before, after) => {
    const codes = new Map([[word, 1 | before]]);
    addLanguageGazetteers(codes, nerLanguage('pt'));
    expect(codes.get(word)).toBe(1 | after);
  });

  it('gives the connector cue no listed Portuguese word holds, and leaves English function words alone', () => {
    const pt = new Map<string, number>();
    addLanguageGazetteers(pt, nerLanguage('pt'));
    const holders = [...pt].filter(([, code]) => (code & CONNECTOR) === CONNECTOR).map(([w]) => w);
    expect(holders.sort()).toEqual([...PT_CONNECTORS].sort());
    const en = new Map([['de', 1 | Gazetteer.Place]]);
    addLanguageGazetteers(en, nerLanguage('en'));
    expect(en.get('de')).toBe(1 | Gazetteer.Place);
  });

  it('holds the casing of a word seen twice only where the language asks for it', () => {
    const counter = new CasingCounter();
    for (let k = 0; k < 2; k++) counter.addSentence(['A', 'comissão', 'reuniu', 'ontem']);
    const none = new Map<string, number>();
    const clusters = { context: none, coarseVectors: none, fineVectors: none };
    const casing = (min?: number) => (buildLexicon(counter, clusters, false, min).get('reuniu') ?? 0) & CASING_MASK;
    expect([casing(), casing(nerLanguage('pt').minCasingCount)]).toEqual([Casing.Unknown, Casing.Lower]);
  });

  it('leaves a language\'s function words out of the name filter, and only them', () => {
    const shared = buildNameFilter();
    const pt = buildNameFilter(nerLanguage('pt').functionWords);
    for (const w of ['da', 'de', 'para']) expect([shared.has(lexiconKey(w)), pt.has(lexiconKey(w))], w).toEqual([true, false]);
    expect(pt.has(lexiconKey('silva'))).toBe(true);
  });

  it('gives Portuguese organisation names their kind of list, whole names only', () => {
    const entries = phraseEntries(nerLanguage('pt').phraseLists!(), () => false);
    const bits = (name: string) => (entries.get(phraseKey(name.split(' '))) ?? 0) & 0xf;
    expect(bits('Partido dos Trabalhadores')).toBe(NameList.Party);
    expect(bits('Supremo Tribunal Federal')).toBe(NameList.University);
    expect(bits('IBGE')).toBe(NameList.University);
    expect(bits('Caixa Geral de Depósitos')).toBe(NameList.Company);
    expect(bits('Diário de Notícias')).toBe(NameList.Outlet);
    // A prefix of a listed name is no name: "Supremo Tribunal" goes on only as a prefix.
    expect(bits('Supremo Tribunal')).toBe(0);
    expect(bits('Tribunal Federal')).toBe(0);
  });

  it.skipIf(!existsSync(join(DATA_DIR, 'gazetteers')))('adds a language\'s lists to the shared phrase table, which stays as it was (skipped: no ../shared/data/gazetteers)', () => {
    const shared = buildPhraseTable(() => false);
    const withPt = buildPhraseTable(() => false, [], nerLanguage('pt').phraseLists!());
    const listsOf = (table: typeof shared, text: string) => [...phraseCodes(table, text.split(' '))].map((c) => c >> 3);
    const sentence = 'O Supremo Tribunal Federal e o PSDB';
    expect(listsOf(shared, sentence)).toEqual([0, 0, 0, 0, 0, 0, NameList.Party]);
    expect(listsOf(withPt, sentence)).toEqual([0, NameList.University, NameList.University, NameList.University, 0, 0, NameList.Party]);
    expect(withPt.size).toBeGreaterThan(shared.size);
  });

  it('models are listed in the repository where the language has one', () => {
    for (const l of Object.values(LANGUAGES)) expect(existsSync(join(root, l.model)), l.model).toBe(true);
  });
});

describe('nameWords', () => {
  it.each([
    [['África do Sul'], ['África', 'Sul']],
    [['Trás-os-Montes'], ['Trás', 'Montes']],
    [['Rio Grande do Norte', 'Lisboa'], ['Rio', 'Grande', 'Norte', 'Lisboa']],
    [['e'], []],
    [['Paraíso Do Tocantins', 'Rio Das Ostras'], ['Paraíso', 'Tocantins', 'Rio', 'Ostras']],
    [['A'], []],
  ])('%j gives %j', (names, words) => {
    expect(nameWords(names)).toEqual(words);
  });
});
