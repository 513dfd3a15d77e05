// Trailing debounce with a ceiling: a page that never stops changing still gets handled every `maxWait` ms,
// and never more often than every `wait` ms.
export interface Debounced {
  (): void;
  cancel(): void;
}

export function debounce(fn: () => void, wait: number, maxWait: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | null = null;
  const run = () => {
    timer = undefined;
    first = null;
    fn();
  };
  const call = (() => {
    const now = Date.now();
    first ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(wait, first + maxWait - now)));
  }) as Debounced;
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    first = null;
  };
  return call;
}
