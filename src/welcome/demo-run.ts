// The demo article is painted by the content script's own Controller, as a real page would be: extraction,
// highlights, hover cards and keyboard navigation are the same code. Only its link to the background differs:
// the sample goes through `annotateSample`, which leaves the reader's cache, history and tab states alone.
import type { Annotation } from '../core/types';
import { Controller, type ControllerDeps } from '../content/controller';
import type { BackgroundProtocol, Request, Response } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import type { DemoHandle } from './demo-handle';

export interface DemoDeps {
  win: Window & typeof globalThis;
  annotateSample(article: Request<BackgroundProtocol, 'annotateSample'>['article']): Promise<Annotation>;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(cb: (s: Settings) => void): () => void;
}

/** The reader's colours and types, but the demo runs when the page says so, whatever the mode. */
const demoSettings = (s: Settings): Settings => ({ ...s, mode: 'on-demand', disabledSites: [] });

export function startDemo(deps: DemoDeps): DemoHandle {
  let settle!: { ok: (a: Annotation) => void; fail: (e: Error) => void };
  const annotation = new Promise<Annotation>((ok, fail) => (settle = { ok, fail }));
  let received: Annotation | null = null;
  const send = async <K extends keyof BackgroundProtocol>(type: K, payload: Request<BackgroundProtocol, K>): Promise<Response<BackgroundProtocol, K>> => {
    if (type === 'annotate') {
      const { article } = payload as Request<BackgroundProtocol, 'annotate'>;
      received = await deps.annotateSample(article);
      return { annotation: received, cached: false, history: {} } as Response<BackgroundProtocol, K>;
    }
    if (type === 'report') {
      const { state } = payload as Request<BackgroundProtocol, 'report'>;
      if ('reason' in state) settle.fail(new Error(state.reason));
      return { ok: true } as Response<BackgroundProtocol, K>;
    }
    // The page's hint that an article is coming warms the model for the tab's annotate; the sample's own request
    // loads it anyway.
    if (type === 'expectArticle') return { ok: true } as Response<BackgroundProtocol, K>;
    throw new Error(`The demo does not send ${String(type)}`);
  };
  const controllerDeps: ControllerDeps = {
    win: deps.win,
    send,
    loadSettings: async () => demoSettings(await deps.loadSettings()),
    onSettingsChanged: (cb) => deps.onSettingsChanged((s) => cb(demoSettings(s))),
    // An extension page goes away with its extension; it never outlives it.
    orphaned: () => false,
  };
  const controller = new Controller(controllerDeps);
  void (async () => {
    await controller.start();
    // The reader's request, as the popup would send it: it takes over the read the start began.
    const painted = await controller.ask();
    // The summary beside the demo shows the very annotation the controller painted.
    if (painted && received) settle.ok(received);
    else settle.fail(new Error('The sample article could not be read.'));
  })().catch((err: unknown) => settle.fail(err instanceof Error ? err : new Error(String(err))));
  return {
    annotation,
    toggle: () => controller.toggle(),
    reveal: (target) => controller.reveal(target),
  };
}
