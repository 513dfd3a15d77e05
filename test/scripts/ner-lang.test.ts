import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/core/ner/lexicon';
import { NameList, phraseCodes, phraseKey } from '../../src/core/ner/phrases';
import { DATA_DIR } from '../../scripts/lib/ner-corpora';
import { LANGUAGES, addLanguageGazetteers, nerLanguage } from '../../scripts/lib/ner-lang';
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
    // Lower-case words inside names are not place words.
    expect(bits('do') & Gazetteer.Place).toBe(0);
    expect(bits('de') & Gazetteer.Country).toBe(0);
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
