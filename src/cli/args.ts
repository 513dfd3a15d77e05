// Command-line arguments of the annotate command.

export const USAGE = 'usage: npm run annotate -- [--format text|json|jsonl] [--url URL] FILE...';

export interface Options {
  format: 'text' | 'json' | 'jsonl';
  url?: string;
  files: string[];
}

export function parseArgs(argv: string[]): Options | string {
  const opts: Options = { format: 'text', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'jsonl') return `unknown format "${f}"\n${USAGE}`;
      opts.format = f;
    } else if (flag === '--url') {
      const u = value();
      if (!u || !URL.canParse(u)) return `--url needs an absolute URL\n${USAGE}`;
      opts.url = u;
    } else if (flag === '--help' || flag === '-h') {
      return USAGE;
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}\n${USAGE}`;
    } else {
      opts.files.push(arg);
    }
  }
  if (!opts.files.length) return USAGE;
  return opts;
}

