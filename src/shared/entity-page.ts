// The way into the reading memory from the hover card and the popup: the background opens the entity's page in a
// new tab (a web page may not navigate to an extension page, and a popup closes when a link opens). Through the
// bare extension API, so the modules that draw cards load without the polyfill, as they do in tests.
interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The entity page's address for `key`, relative to the extension's root. */
export function entityPagePath(key: string): string {
  return `entity/entity.html?key=${encodeURIComponent(key)}`;
}

export function openEntityPage(key: string): void {
  const api = (globalThis as { browser?: RuntimeApi }).browser ?? (globalThis as { chrome?: RuntimeApi }).chrome;
  void api?.runtime.sendMessage({ type: 'openEntity', payload: { key } })?.catch(() => undefined);
}
