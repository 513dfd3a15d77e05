// Builds the unpacked extensions: build/chrome and build/firefox from one manifest.
// Development builds carry source maps; `--production` builds are minified and map-free. `--bench` adds the stage
// times `npm run bench` reads (src/shared/timing.ts) and writes to build/bench-<browser>, beside the real builds.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Flavour {
  production: boolean;
  /** Records stage times for the benchmark (src/shared/timing.ts); off in every build a reader gets. */
  bench: boolean;
}

const entries: Record<string, string> = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  'popup/popup': 'src/popup/main.ts',
  'options/options': 'src/options/main.ts',
  'welcome/welcome': 'src/welcome/main.ts',
  'welcome/demo': 'src/welcome/demo.ts',
  'entity/entity': 'src/entity/main.ts',
  'offscreen/offscreen': 'src/offscreen/main.ts',
};
/** Chrome's offscreen document, where its worker (without a DOM) has pages read; Firefox's event page reads them itself. */
const CHROME_ONLY = 'offscreen/';
const statics: [string, string][] = [
  ['src/popup/popup.html', 'popup/popup.html'],
  ['src/popup/popup.css', 'popup/popup.css'],
  ['src/options/options.html', 'options/options.html'],
  ['src/options/options.css', 'options/options.css'],
  ['src/content/content.css', 'content.css'],
  ['src/entity/entity.html', 'entity/entity.html'],
  ['src/entity/entity.css', 'entity/entity.css'],
  ['src/offscreen/offscreen.html', 'offscreen/offscreen.html'],
  ...['welcome.html', 'welcome.css', 'demo.html', 'demo.css', 'summary.html'].map((f): [string, string] => [`src/welcome/${f}`, `welcome/${f}`]),
  ['icons', 'icons'],
  ['model/ner.bin', 'model/ner.bin'],
  ['model/ner-pt.bin', 'model/ner-pt.bin'],
];

type Target = 'chrome' | 'firefox';

/** Permissions only Chrome knows: Firefox's event page has the DOM Chrome's worker gets from an offscreen document. */
const CHROME_ONLY_PERMISSIONS = ['offscreen'];

/**
 * The source manifest names both background forms and every permission; each browser gets only the background it
 * runs and the permissions it knows, so neither warns.
 */
export function manifestFor(target: Target): string {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const { service_worker, scripts } = manifest.background;
  manifest.background = target === 'chrome' ? { service_worker } : { scripts };
  if (target === 'chrome') delete manifest.browser_specific_settings;
  else manifest.permissions = manifest.permissions.filter((p: string) => !CHROME_ONLY_PERMISSIONS.includes(p));
  return JSON.stringify(manifest, null, 2) + '\n';
}

export async function buildExtension(target: Target, out = join(root, 'build', target), flavour: Flavour = { production: false, bench: false }): Promise<string> {
  const { production, bench } = flavour;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries)
      .filter(([name]) => target === 'chrome' || !name.startsWith(CHROME_ONLY))
      .map(([name, file]) => [name, join(root, file)])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify: production,
    sourcemap: production ? false : 'linked',
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'), 'globalThis.__LEDE_BENCH__': String(bench) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const [from, to] of statics) {
    if (target !== 'chrome' && to.startsWith(CHROME_ONLY)) continue;
    const src = join(root, from);
    if (!existsSync(src)) throw new Error(`build: missing ${from}`);
    cpSync(src, join(out, to), { recursive: true });
  }
  // content.js carries no compile hint (`//# allFunctionsCalledOnLoad`): most of it (the extractor, kept as the
  // fallback) no longer runs on the page, and compiling it all at injection was the page's longest task (A/B on 12
  // pages at load 10-15: longest task CPU median 30.5-32.9 ms with the hint, 21.8 without; total CPU 52-61 and 56).
  writeFileSync(join(out, 'manifest.json'), manifestFor(target));
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const flavour = { production: process.argv.includes('--production'), bench: process.argv.includes('--bench') };
  for (const target of ['chrome', 'firefox'] as const) {
    const out = await buildExtension(target, join(root, 'build', flavour.bench ? `bench-${target}` : target), flavour);
    console.log(`built ${target}${flavour.production ? ' (production)' : ''}${flavour.bench ? ' (bench)' : ''}: ${out}`);
  }
}
