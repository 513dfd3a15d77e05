// The packaging checks: what may not ship, how a package is compared with a rebuild, and the source archive.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTrees, forbidden, listFiles } from '../../scripts/check-package';
import { SOURCE_PATHS, writeSourceArchive } from '../../scripts/source-archive';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'lede-package-test-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const base = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  return base;
}

describe('forbidden', () => {
  it.each([
    ['background.js.map', '{}', 'a source map'],
    ['popup/popup.js', 'x()\n//# sourceMappingURL=popup.js.map', 'a reference to a source map'],
    ['content.css', 'a{}/*# sourceMappingURL=content.css.map */', 'a reference to a source map'],
    ['test/fixtures/page.html', '<p>', 'a test file'],
    ['welcome/page.test.js', '', 'a test file'],
    ['src/core/annotate.ts', '', 'TypeScript source'],
    ['.DS_Store', '', 'a dotfile'],
    ['icons/.hidden.png', '', 'a dotfile'],
  ])('refuses %s', (path, content, why) => {
    expect(forbidden(path, Buffer.from(content))).toBe(why);
  });

  it.each([
    ['background.js', 'const sourceMappingURL = 1;'],
    ['welcome/welcome.html', '<p>tested by readers</p>'],
    ['model/ner.bin', '\u0000\u0001'],
    ['THIRD_PARTY_NOTICES', 'MIT'],
    ['icons/icon-16.png', ''],
  ])('lets %s ship', (path, content) => {
    expect(forbidden(path, Buffer.from(content))).toBeNull();
  });
});

describe('compareTrees', () => {
  it('finds nothing when every file matches byte for byte', () => {
    const files = { 'manifest.json': '{}', 'popup/popup.js': 'a()' };
    expect(compareTrees(tree('pkg', files), tree('built', files))).toEqual([]);
  });

  it('names missing, extra and changed files', () => {
    const pkg = tree('pkg', { 'manifest.json': '{}', 'a.js': 'a()', 'stray.txt': 'x' });
    const built = tree('built', { 'manifest.json': '{ }', 'a.js': 'a()', 'b.js': 'b()' });
    expect(compareTrees(pkg, built).sort()).toEqual([
      'b.js: made by the build but not in the package',
      'manifest.json: differs from the rebuilt file',
      'stray.txt: in the package but not made by the build',
    ]);
  });

  it('lists nested files with forward slashes, sorted', () => {
    expect(listFiles(tree('t', { 'z.js': '', 'a/b/c.css': '' }))).toEqual(['a/b/c.css', 'z.js']);
  });
});

describe('writeSourceArchive', () => {
  function repo(): string {
    const files: Record<string, string> = { 'src/a.ts': 'export const a = 1;\n', 'icons/i.png': 'png', 'scripts/build.ts': '//', 'model/ner.bin': 'bin' };
    for (const p of SOURCE_PATHS) if (!Object.keys(files).some((f) => f.startsWith(`${p}/`)) && !(p in files)) files[p] = `${p}\n`;
    files['test/secret.test.ts'] = 'not in the archive';
    return tree('repo', files);
  }

  it('holds the build inputs and BUILDING.md, nothing else, and is the same bytes each time', () => {
    const root = repo();
    const staging = join(dir, 'staging');
    mkdirSync(staging);
    writeSourceArchive(root, join(dir, 'one.tar.gz'), '# notes\n', staging);
    writeSourceArchive(root, join(dir, 'two.tar.gz'), '# notes\n', staging);
    expect(readFileSync(join(dir, 'one.tar.gz')).equals(readFileSync(join(dir, 'two.tar.gz')))).toBe(true);
    const names = execFileSync('tar', ['-tzf', join(dir, 'one.tar.gz')], { encoding: 'utf8' }).trim().split('\n').filter((n) => !n.endsWith('/'));
    expect(names).toContain('BUILDING.md');
    expect(names).toContain('src/a.ts');
    expect(names).toContain('model/ner.bin');
    expect(names.some((n) => n.startsWith('test/'))).toBe(false);
  });
});
