// Typed send and receive over runtime/tabs messaging, built on the maps in protocol.ts.
import type { Runtime } from 'webextension-polyfill';
import browser from './browser';
import type { BackgroundProtocol, ContentProtocol, Reply, Request, Response } from './protocol';

type Handlers<P> = { [K in keyof P]?: (payload: Request<P, K>, sender: Runtime.MessageSender) => Promise<Response<P, K>> | Response<P, K> };

function unwrap<R>(reply: Reply<R> | undefined): R {
  if (!reply) throw new Error('No answer from the extension (it may have been reloaded or updated).');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(type: K, payload: Request<BackgroundProtocol, K>): Promise<Response<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }) as Reply<Response<BackgroundProtocol, K>>);
}

/** A request of another protocol than the background's (ExtractionProtocol) to whichever extension page answers it. */
export async function sendToExtension<P, K extends keyof P>(type: K, payload: Request<P, K>): Promise<Response<P, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }) as Reply<Response<P, K>>);
}

export async function sendToTab<K extends keyof ContentProtocol>(tabId: number, type: K, payload: Request<ContentProtocol, K>): Promise<Response<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }) as Reply<Response<ContentProtocol, K>>);
}

export function isMessage(value: unknown): value is { type: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'payload' in value;
}

/**
 * Listens for the protocol's requests. `accept` decides which senders may talk to us (our own extension only);
 * `validate` checks each payload's shape before a handler sees it. Unknown types are left for other listeners.
 */
export function handleMessages<P>(
  handlers: Handlers<P>,
  accept: (sender: Runtime.MessageSender) => boolean,
  validate: (type: keyof P, payload: unknown) => string | null = () => null,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isMessage(message) || !accept(sender)) return undefined;
    const handler = handlers[message.type as keyof P] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const problem = validate(message.type as keyof P, message.payload);
    if (problem) return Promise.resolve({ ok: false, error: `Rejected ${message.type}: ${problem}` });
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then((value) => ({ ok: true as const, value }), (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }));
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
}
