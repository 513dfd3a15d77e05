// How to keep Lede's button in sight, in the words of the browser the reader has: Chrome (and Chromium-based
// browsers) tuck a new extension into the puzzle-piece menu; Firefox puts it in the extensions menu or the toolbar.
export type BrowserFamily = 'chromium' | 'firefox';

export function browserFamily(userAgent: string): BrowserFamily {
  return /\bFirefox\//.test(userAgent) ? 'firefox' : 'chromium';
}

export interface PinSteps {
  title: string;
  steps: string[];
}

export function pinSteps(family: BrowserFamily, shortcut: string | null): PinSteps {
  const key = shortcut ? ` You can also press ${shortcut} on an article.` : '';
  if (family === 'firefox') {
    return {
      title: 'Keep Lede’s button in your toolbar',
      steps: [
        'Click the extensions button (the puzzle piece) at the right of the toolbar.',
        'Click the gear next to Lede and choose “Pin to Toolbar”.',
        `On a news article, click Lede’s button to read it.${key}`,
      ],
    };
  }
  return {
    title: 'Pin Lede’s button to the toolbar',
    steps: [
      'Click the extensions button (the puzzle piece) at the right of the address bar.',
      'Click the pin next to Lede, so its button stays in the toolbar.',
      `On a news article, click Lede’s button to read it.${key}`,
    ],
  };
}
