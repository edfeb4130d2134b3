import { describe, expect, it } from 'vitest';
import { Date as DateScalar } from '../../src/resolvers/scalars.js';

describe('the Date scalar', () => {
  it('sends a stored YYYY-MM-DD string as it is', () => {
    expect(DateScalar.serialize('2026-01-23')).toBe('2026-01-23');
  });

  it("refuses an output that is not a date string, with the strict check's message", () => {
    expect(() => DateScalar.serialize(20260123)).toThrow(/not string/);
    expect(() => DateScalar.serialize('23 January 2026')).toThrow(/not a valid LocalDate/);
  });

  it('checks the calendar on input', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/not a valid LocalDate/);
  });
});
