import { describe, expect, it } from 'vitest';
import { dossierFileName, dossierToJson, dossierToMarkdown } from '../../src/entity/export';
import { fixtureDossier } from './fixture-dossier';

const AT = new Date('2026-03-10T12:00:00Z');

describe('dossier exports', () => {
  it('writes Markdown with roles, dated quotes, articles with links, and escapes page text', () => {
    const md = dossierToMarkdown(fixtureDossier(), AT);
    expect(md).toMatch(/^# Ann Vale\n/);
    expect(md).toContain('Also called: Vale');
    expect(md).toContain('- 2026-02-20: spokeswoman for the board (Dock \\*closed\\*)');
    expect(md).toContain('> “We kept our word.”\n> — 2026-03-02, Dock reopens');
    expect(md).toContain('- **Dock reopens** (Gazette · 2026-03-02 · chair of the Harbour Board) <https://gazette.example/2>');
    expect(md).toContain('- **Dock \\*closed\\*** (courier.example · read 2026-02-20 · spokeswoman for the board)');
    expect(md).toContain('- Harbour Board (organisation, 2 articles)');
  });

  it('writes JSON that reads back as the dossier', () => {
    const json = JSON.parse(dossierToJson(fixtureDossier(), AT));
    expect(json.exportedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(json.entity).toEqual(fixtureDossier());
  });

  it.each([['Ann Vale', 'lede-ann-vale.md'], ['Ångström & Co.', 'lede-angstrom-co.md'], ['—', 'lede-entity.md']])('names the file for %s', (name, file) => {
    expect(dossierFileName({ ...fixtureDossier(), name }, 'md')).toBe(file);
  });
});
