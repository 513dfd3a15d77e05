// Entry of the demo frame (welcome/demo.html): paints the bundled sample article and hands the welcome page a handle.
import { sendToBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { DEMO_HANDLE, type DemoWindow } from './demo-handle';
import { startDemo } from './demo-run';

(window as DemoWindow)[DEMO_HANDLE] = startDemo({
  win: window,
  annotateSample: async (article) => (await sendToBackground('annotateSample', { article })).annotation,
  loadSettings,
  onSettingsChanged,
});
