// `npm start`: the main job on the bundled sample news page. Prints the summary card and writes a standalone
// annotated preview (build/preview/sample.html). The extension itself was built into build/ just before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateFile } from '../src/cli/annotate-file';
import { renderCard } from '../src/cli/card';
import { nodeModelFor } from '../src/cli/node-model';
import { renderPreview } from '../src/cli/preview';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'test/fixtures/pages/sample/index.html');
const url = 'https://www.albawaba.com/news/nato-troops-may-replace-us-presence-iraq-1334254';
const { annotation } = annotateFile(sample, nodeModelFor, url);
console.log(renderCard('sample news page (test/fixtures/pages/sample/index.html)', annotation));
const out = join(root, 'build/preview/sample.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderPreview(annotation));
console.log(`Annotated preview: ${out}`);
console.log(`Extension: load build/chrome in Chrome (chrome://extensions → Load unpacked) or build/firefox in Firefox (about:debugging → Load Temporary Add-on).`);
