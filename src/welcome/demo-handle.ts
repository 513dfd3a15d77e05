// What the demo frame offers the welcome page around it. Both are pages of the extension (same origin), so the
// welcome page reaches the frame's window directly; this is the one shape it may rely on.
import type { Annotation } from '../core/types';

export interface DemoHandle {
  /** The sample's annotation once painted; rejects with the reason when the demo could not run. */
  annotation: Promise<Annotation>;
  toggle(): Promise<boolean>;
  reveal(target: { quote?: number; entityId?: string; mention?: number }): boolean;
}

export const DEMO_HANDLE = 'ledeDemo';

export type DemoWindow = Window & { [DEMO_HANDLE]?: DemoHandle };
