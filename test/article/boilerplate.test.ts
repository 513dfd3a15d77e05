import { describe, expect, it } from 'vitest';
import { keepArticleBlocks } from '../../src/article/boilerplate';
import type { TextBlock } from '../../src/article/render-text';

const P = (text: string, linkDensity = 0, tag = 'P'): TextBlock => ({ text, tag, linkDensity });
const PROSE = 'The harbour authority voted on Monday to make the night ferry permanent after a two-year trial carried more than forty thousand passengers between the quays.';

function kept(blocks: TextBlock[]): string[] {
  return keepArticleBlocks(blocks).map((b) => b.text);
}

describe('keepArticleBlocks', () => {
  it('drops ad labels, captions and credits', () => {
    const out = kept([
      P(PROSE), P('Advertisement'), P('Story continues below advertisement'), P('(Image: Getty Images)'),
      P('The protests began in June (Image: GETTY )'), P('Image copyright Getty Images'), P('A ferry at dusk. Credit: Ingrid Moe'), P(PROSE),
    ]);
    expect(out).toEqual([PROSE, PROSE]);
  });

  it('drops calls to action but keeps prose that merely mentions subscribing', () => {
    const mention = 'Streaming services lost subscribers for the first time this year as households cut back on spending, according to figures published by the regulator on Thursday.';
    const out = kept([
      P(PROSE), P('Sign up for our free morning newsletter and never miss a story.'), P('CLICK HERE TO GET THE FOX NEWS APP', 1),
      P('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.'), P(mention),
    ]);
    expect(out).toEqual([PROSE, mention]);
  });

  it('drops a "Related" list and resumes at the next heading or paragraph', () => {
    const out = kept([
      P(PROSE), P('Related', 0, 'H3'), P('Ferry fares to rise by 4% in April', 1, 'LI'), P('Work starts on new quay', 1, 'LI'),
      P('Fares unchanged', 0, 'H2'), P(PROSE),
    ]);
    expect(out).toEqual([PROSE, 'Fares unchanged', PROSE]);
  });

  it('drops datelines and bylines above the text but keeps dated lines inside it', () => {
    const tour = 'June 17 -- Bridgestone Arena, Nashville, TN';
    const tweet = '— Rep. Ilhan Omar (@Ilhan) November 19, 2019';
    const out = kept([
      P('By Justine Coleman - 11/18/19 11:04 PM EST'), P('Published 10:02 AM EST Nov 19, 2019'), P(PROSE),
      P(tour, 0, 'LI'), P(tweet), P('Nov. 20, 2019 5:52 AM EST'), P(PROSE),
    ]);
    expect(out).toEqual([PROSE, tour, tweet, PROSE]);
  });

  it('drops link lists around the story but keeps linked list items inside it', () => {
    const out = kept([
      P('Home Local News Sports', 1), P(PROSE), P('Logitech MX Master 3 Mouse', 1, 'LI'), P(PROSE),
      P('Andrew parties in unearthed pics', 1), P('Associated Press writers Alan Fram and Zeke Miller contributed to this report.'),
    ]);
    expect(out).toEqual([PROSE, 'Logitech MX Master 3 Mouse', PROSE]);
  });

  it('drops utility labels, gallery counters, author boxes and copyright lines', () => {
    const out = kept([
      P('Sign In'), P('BREAKING NEWS'), P(PROSE), P('Image 1 of / 9'), P('1 of 6'), P('Loading content ...'), P(PROSE),
      P('About the Author', 0, 'H3'), P('Trevor Daugherty'), P('Copyright @ 2019 The New Arab.'),
    ]);
    expect(out).toEqual([PROSE, PROSE]);
  });

  it('drops a page address printed as text but keeps prose that cites one', () => {
    const cites = 'The full report is published at https://example.org/report and runs to more than four hundred pages of tables.';
    const out = kept([P('https://www.sfgate.example/news/article/The-Latest-Man-stabbed-14848218.php'), P(PROSE), P('www.example.org/print'), P(cites)]);
    expect(out).toEqual([PROSE, cites]);
  });

  it('handles no blocks and blocks without letters', () => {
    expect(kept([])).toEqual([]);
    expect(kept([P('___'), P('* * *'), P(PROSE)])).toEqual([PROSE]);
  });
});
