// Timeline binning: units, counts per bin, partial dates, playback window.
import { describe, expect, it } from 'vitest';
import { advanceWindow, binTimeline, bulkRange, chooseUnit } from '../../src/viewer/timeline.ts';

describe('timeline', () => {
  it('bins events and statements by day', () => {
    const tl = binTimeline([
      { label: 'Event', date: '2031-04-01' },
      { label: 'Statement', date: '2031-04-01' },
      { label: 'Statement', date: '2031-04-03' },
      { label: 'Actor', date: '2031-04-02' },
      { label: 'Event', date: null },
    ]);
    expect(tl.unit).toBe('day');
    expect(tl.total).toBe(3);
    expect(tl.bins.map((b) => [b.start, b.events, b.statements])).toEqual([
      ['2031-04-01', 1, 1],
      ['2031-04-02', 0, 0],
      ['2031-04-03', 0, 1],
    ]);
  });
  it('counts a month-only date in its first day and crosses month ends', () => {
    const tl = binTimeline([
      { label: 'Event', date: '2031-04' },
      { label: 'Event', date: '2031-05-02' },
    ]);
    expect(tl.bins[0]?.start).toBe('2031-04-01');
    expect(tl.bins.at(-1)?.start).toBe('2031-05-02');
    expect(tl.bins.length).toBe(32);
  });
  it('switches to weeks and months for long spans', () => {
    expect(chooseUnit(30)).toBe('day');
    expect(chooseUnit(200)).toBe('week');
    expect(chooseUnit(2000)).toBe('month');
    const tl = binTimeline([
      { label: 'Event', date: '2029-01-15' },
      { label: 'Statement', date: '2031-03-02' },
    ]);
    expect(tl.unit).toBe('month');
    expect(tl.bins[0]).toMatchObject({ start: '2029-01-01', end: '2029-01-31', events: 1 });
    expect(tl.bins.at(-1)).toMatchObject({ start: '2031-03-01', statements: 1 });
    expect(tl.bins.length).toBe(27);
  });
  it('ignores unparsable dates and returns no bins for no dates', () => {
    expect(binTimeline([{ label: 'Event', date: 'soon' }]).bins).toEqual([]);
  });
  it('advances a playback window until it passes the end', () => {
    expect(advanceWindow('2031-04-01', '2031-04-03', 1, '2031-04-10')).toEqual(['2031-04-02', '2031-04-04']);
    expect(advanceWindow('2031-04-10', '2031-04-12', 1, '2031-04-10')).toBeNull();
  });
});

describe('timeline outliers', () => {
  it('keeps the bulk of a story readable when a few dates are years away', () => {
    const items = [{ label: 'Event' as const, date: '2022-01-01' }];
    for (let d = 1; d <= 28; d++) items.push({ label: 'Event' as const, date: `2025-03-${String(d).padStart(2, '0')}` });
    const tl = binTimeline(items);
    expect(tl.unit).toBe('day');
    expect(tl.earlier).toBe(1);
    expect((tl.bins[0]?.start ?? '') >= '2025-02-01').toBe(true);
    expect(tl.bins.reduce((n, b) => n + b.events, 0)).toBe(29);
  });
  it('leaves an evenly spread range alone', () => {
    expect(bulkRange([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200])).toEqual([0, 200]);
  });
});

describe('bulkRange', () => {
  it('drops strays on both sides', () => {
    const march = Array.from({ length: 40 }, (_, i) => 20_000 + (i % 20));
    expect(bulkRange([15_000, 15_001, 19_800, ...march, 22_000, 22_000])).toEqual([20_000, 20_019]);
  });
});
