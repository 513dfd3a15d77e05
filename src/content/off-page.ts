// The page's side of extraction off its thread: serialise the page (a few ms of native work) and let the extension
// read it in its own DOM (src/background/offscreen.ts), instead of Readability's 30-150 ms of cold script here.
import type { ExtractResult } from '../article/extract';
import { serialisePage } from '../article/from-html';
import { sendToExtension } from '../shared/messaging';
import type { ExtractionProtocol } from '../shared/protocol';

export function extractOffPage(doc: Document): Promise<ExtractResult> {
  return sendToExtension<ExtractionProtocol, 'extractPage'>('extractPage', serialisePage(doc));
}
