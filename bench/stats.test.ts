import { describe, expect, it } from 'vitest';

import { formatCount, formatRatio, markdownTable, median, percentile, verdict } from './stats';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([99, 73, 100])).toBe(99);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('formats verdicts and ratios', () => {
    expect(verdict(undefined)).toBe('not measured');
    expect(verdict(false)).toBe('**not met**');
    expect(formatRatio(1, 4)).toBe('0.25×');
    expect(formatRatio(1, 0)).toBe('—');
  });

  it('writes Markdown tables that a value cannot break', () => {
    expect(markdownTable(['a', 'b'], [['1|2', 'x\ny']])).toBe(
      '| a | b |\n| --- | --- |\n| 1\\|2 | x y |',
    );
    expect(formatCount(35123.4)).toBe('35,123');
    expect(formatCount(12.34)).toBe('12.3');
  });
});
