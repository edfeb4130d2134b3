import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/dateLabel.js';

describe('dateLabel', () => {
  it.each<[string, string | null, 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null, string]>([
    ['2025-01-01', null, 'YEAR', '2025'],
    ['2026-01-01', null, 'MONTH', 'January 2026'],
    ['2026-01-19', null, 'WEEK', 'week of 19 January 2026'],
    ['2026-01-23', null, 'DAY', '23 January 2026'],
    ['2026-01-23', null, null, '23 January 2026'],
    ['2026-01-23', '2026-01-23', 'DAY', '23 January 2026'],
    ['2026-01-22', '2026-01-23', 'DAY', '22–23 January 2026'],
    ['2026-01-30', '2026-02-02', 'DAY', '30 January – 2 February 2026'],
    ['2025-12-30', '2026-01-02', 'DAY', '30 December 2025 – 2 January 2026'],
    ['2026-01-19', '2026-01-26', 'WEEK', 'week of 19 January 2026 – week of 26 January 2026'],
    ['2024-01-01', '2025-01-01', 'YEAR', '2024 – 2025'],
  ])('reads %s to %s at %s as "%s"', (date, endDate, precision, expected) => {
    expect(dateLabel(date, endDate, precision)).toBe(expected);
  });

  it('is null without a date', () => {
    expect(dateLabel(null, null, 'DAY')).toBeNull();
    expect(dateLabel(undefined, '2026-01-23', null)).toBeNull();
  });
});
