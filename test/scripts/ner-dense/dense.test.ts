// The dense experiment of the entity trainer (scripts/ner-dense, `train-ner.ts --dense`) is Python with torch; its
// checks live in check_dense.py and run here when that Python is installed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PYTHON = '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

describe('scripts/ner-dense', () => {
  it.skipIf(!hasTorch)('passes its Python checks (skipped: no /usr/bin/python3 with torch)', () => {
    const run = spawnSync(PYTHON, ['-B', join(import.meta.dirname, 'check_dense.py')], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/OK/);
    expect(run.status).toBe(0);
  }, 60_000);
});
