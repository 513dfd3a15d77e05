// npm run bench [-- name...]: runs each benchmark in scripts/bench/ and writes their reports into docs/bench.md.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const names = readdirSync(join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((n) => !only.length || only.includes(n))
  .sort();
const sections: string[] = [];
for (const name of names) {
  const mod = (await import(pathToFileURL(join(root, 'scripts/bench', `${name}.ts`)).href)) as { run(): Promise<string> };
  console.error(`bench: ${name}…`);
  const report = await mod.run();
  console.log(report);
  sections.push(report.trim());
}
const header = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}.\n`;
if (!only.length) writeFileSync(join(root, 'docs/bench.md'), [header, ...sections].join('\n\n') + '\n');
