import { describe, expect, it } from 'vitest';
import { findSnippet, pageText } from '../../src/article/page-text';
import { parseHtml } from '../../src/cli/parse-html';

describe('pageText', () => {
  const doc = parseHtml(`<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<h1 id="t">Ferry <em>strike</em> ends</h1><p class="by">By <a href="/a">Ana Ruiz</a> <span>on</span> Monday</p>
<script>var x = 1;</script><p>Dock workers returned to work on Wednesday after the pay deal.</p></body></html>`, 'https://a.example/');
  const h1 = doc.getElementById('t')!;
  const { text, spans } = pageText(doc.body, [h1]);

  it('puts each block on its own line, inline elements within it, and skips scripts', () => {
    expect(text.trimEnd().split('\n')).toEqual(['HomeNews', 'Ferry strike ends', 'By Ana Ruiz on Monday', 'Dock workers returned to work on Wednesday after the pay deal.']);
  });

  it('says where each marked element starts and ends', () => {
    const span = spans.get(h1)!;
    expect(text.slice(span.start, span.end)).toBe('Ferry strike ends');
  });

  it('finds a snippet whatever its spacing, and nothing for a snippet too short to place', () => {
    expect(findSnippet(text, 'Dock   workers returned to work')).toBe(text.indexOf('Dock'));
    expect(findSnippet(text, 'Ferry strike')).toBe(-1);
    expect(findSnippet(text, 'Cats sleep all day long')).toBe(-1);
  });
});
