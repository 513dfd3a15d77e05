import { describe, expect, it } from 'vitest';
import { browserFamily, pinSteps } from '../../src/welcome/pin';

describe('browserFamily', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'firefox'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'chromium'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0', 'chromium'],
    // A page named "Firefox" in an embedded browser's token is not Firefox.
    ['Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 FirefoxFan', 'chromium'],
  ])('%s is %s', (ua, family) => {
    expect(browserFamily(ua)).toBe(family);
  });
});

describe('pinSteps', () => {
  it('tells Chrome readers about the puzzle menu and the pin', () => {
    const { steps } = pinSteps('chromium', null);
    expect(steps[0]).toMatch(/puzzle piece/);
    expect(steps[1]).toMatch(/pin/);
    expect(steps.join(' ')).not.toMatch(/press/);
  });

  it('tells Firefox readers about Pin to Toolbar', () => {
    expect(pinSteps('firefox', null).steps.join(' ')).toMatch(/Pin to Toolbar/);
  });

  it('names the shortcut the browser assigned, when there is one', () => {
    expect(pinSteps('firefox', 'Alt+Shift+L').steps[2]).toMatch(/press Alt\+Shift\+L/);
  });
});
