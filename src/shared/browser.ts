// The one door to the extension APIs: Chrome's `chrome.*` and Firefox's `browser.*` behind one promise-based API.
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export default browser;
