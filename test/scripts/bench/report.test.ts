import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../scripts/bench/reader/drive';
import { median, report, type SavedRun } from '../../../scripts/bench/reader/report';

function click(page: string, total: number, highlight: number): Sample {
  return {
    page, scenario: 'click', cold: false, outcome: 'card', records: {},
    measured: {
      total, highlight, pageWork: 20, stages: [{ name: 'popup start', ms: 30 }, { name: 'card', ms: total - 30 }],
      extraction: [{ name: 'page scan', ms: 4 }, { name: 'readability', ms: total / 10 }],
    },
  };
}

const run = (date: string, chromium: number[], firefox: number[]): SavedRun => ({
  date, load: '1.00, 1.00, 1.00', pages: chromium.length,
  runs: [
    { browser: 'chromium', samples: chromium.map((t, i) => click(`p${i}`, t, t - 10)) },
    { browser: 'firefox', samples: [...firefox.map((t, i) => click(`p${i}`, t, t - 10)), { page: 'p9', scenario: 'click', cold: false, outcome: 'not-article', records: {}, measured: null }] },
  ],
});

describe('the reader benchmark report', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('puts before and now side by side per browser, with the targets, the browsers\' ratio and what never answered', () => {
    const md = report(run('today', [100, 200, 300], [300, 400, 500]), run('earlier', [700, 800, 900], [900, 1000, 1100]));
    expect(md).toContain('| click → card | ≤ 250 | 800 | 200 | 1000 | 400 |');
    expect(md).toContain('click → card 2.00×');
    expect(md).toContain('firefox: no card or highlight on 1 runs: p9 (not-article)');
    expect(md).toMatch(/\| chromium, before \| 30 \| 770 \| \*\*800\*\* \| 3 \|/);
    // Scenarios nobody ran get no table.
    expect(md).not.toContain('Automatic mode: load');
    // Extraction step by step, its total the sum of its steps.
    expect(md).toMatch(/\| firefox, now \| 4 \| 40 \| \*\*44\*\* \| 3 \|/);
  });

  it('orders the stage columns by the run that has the most of them, so a finer stage only today\'s run has stays in place', () => {
    const today = run('today', [100, 200], [300, 400]);
    for (const r of today.runs) for (const s of r.samples) if (s.measured) s.measured.stages.splice(1, 0, { name: 'tab state', ms: 5 });
    const md = report(today, run('earlier', [700, 800], [900, 1000]));
    expect(md).toContain('| ms, median | popup start | tab state | card | total | pages |');
  });

  it('leaves the extraction table out when no page marked its steps', () => {
    const bare = run('today', [100], [300]);
    for (const r of bare.runs) for (const s of r.samples) if (s.measured) delete s.measured.extraction;
    expect(report(bare, null)).not.toContain('Extraction step by step');
  });
});
