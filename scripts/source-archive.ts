// The source archive addons.mozilla.org asks for when an add-on ships bundled or minified code: everything
// `scripts/build.ts --production` reads, and the instructions that rebuild the submitted files from it. The archive
// is deterministic (sorted names, fixed times and owners, no gzip timestamp), so the same tree gives the same bytes.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the production build reads, relative to the repository root. */
export const SOURCE_PATHS = [
  'manifest.json', 'package.json', 'package-lock.json', 'tsconfig.json',
  'scripts/build.ts', 'src', 'icons', 'model/ner.bin', 'model/ner-pt.bin', 'THIRD_PARTY_NOTICES',
] as const;

/** The build instructions, placed at the archive's root as BUILDING.md. */
export function buildingNotes(version: string, nodeVersion: string, npmVersion: string): string {
  return `# Building Lede ${version} from this source archive

The files in the submitted packages are produced by esbuild from the TypeScript sources in \`src/\`, bundled with
the npm packages pinned in \`package-lock.json\`. Nothing is downloaded at build time or at run time.

Requirements: Linux, macOS or Windows with Node.js 20 (built here with Node ${nodeVersion}, npm ${npmVersion}).

    npm ci
    npx tsx scripts/build.ts --production
    cp THIRD_PARTY_NOTICES build/firefox/ && cp THIRD_PARTY_NOTICES build/chrome/

The result is in \`build/firefox/\` (the files of \`lede-firefox-${version}.zip\`) and \`build/chrome/\` (those of
\`lede-chrome-${version}.zip\`). Each file there is byte for byte the file of the same name in the package; the
packages are zips of these folders made by \`web-ext build\`.

\`model/ner.bin\` (English) and \`model/ner-pt.bin\` (Portuguese) are the entity models' weights (typed arrays read by
\`src/core/ner/format.ts\`), trained by a script in the full repository from the resources listed in THIRD_PARTY_NOTICES;
they are data, not code.
`;
}

/** Writes `<out>` (a .tar.gz) from `root`'s SOURCE_PATHS plus BUILDING.md. */
export function writeSourceArchive(root: string, out: string, notes: string, staging: string): void {
  writeFileSync(join(staging, 'BUILDING.md'), notes);
  const tar = ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '--mode=u+rw,go+r,go-w', '--format=gnu', '-cf', '-'];
  const body = execFileSync('tar', [...tar, '-C', staging, 'BUILDING.md', '-C', root, ...SOURCE_PATHS], { maxBuffer: 1 << 30 });
  writeFileSync(out, execFileSync('gzip', ['-n', '-9'], { input: body, maxBuffer: 1 << 30 }));
}
