// The hover card's way into the reading memory: asks the background to open the entity's page in a new tab
// (a web page may not navigate to an extension page itself). Through the bare extension API, so the card's
// modules load without the polyfill, as they do in tests.
interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function openEntityPage(key: string): void {
  const api = (globalThis as { browser?: RuntimeApi }).browser ?? (globalThis as { chrome?: RuntimeApi }).chrome;
  void api?.runtime.sendMessage({ type: 'openEntity', payload: { key } })?.catch(() => undefined);
}
