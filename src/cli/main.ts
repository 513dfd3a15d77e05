// npm run annotate -- [--format text|json|jsonl] [--url URL] FILE...
// Many files in one process: each language's model loads once, when a file needs it, and each file streams out as
// soon as it is done.
import { annotateFile } from './annotate-file';
import { renderCard } from './card';
import { toContract } from './contract';
import { nodeModelFor } from './node-model';
import { parseArgs } from './args';

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  if (typeof opts === 'string') {
    console.error(opts);
    process.exitCode = 2;
    return;
  }
  const all: unknown[] = [];
  for (const file of opts.files) {
    const { annotation } = annotateFile(file, nodeModelFor, opts.url);
    if (annotation.reason?.startsWith('Could not read')) process.exitCode = 1;
    const record = toContract(file, annotation);
    if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
    else if (opts.format === 'json') all.push(record);
    else process.stdout.write(renderCard(file, annotation) + '\n');
  }
  if (opts.format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
}

main();
