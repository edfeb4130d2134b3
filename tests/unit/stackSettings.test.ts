import { describe, expect, it } from 'vitest';
import { callerStacksEnabled, setCallerStacks, withCallerStack } from '../../src/db/database.js';
import { applyStackSettings } from '../../src/stackSettings.js';

describe('applyStackSettings', () => {
  it('turns source maps and the driver’s caller stacks off in production unless stacks are exposed', () => {
    const was = process.sourceMapsEnabled;
    try {
      process.setSourceMapsEnabled(true);
      applyStackSettings({ env: 'development', exposeStacktraces: false });
      expect([process.sourceMapsEnabled, callerStacksEnabled()]).toEqual([true, true]);
      applyStackSettings({ env: 'production', exposeStacktraces: true });
      expect([process.sourceMapsEnabled, callerStacksEnabled()]).toEqual([true, true]);
      applyStackSettings({ env: 'production', exposeStacktraces: false });
      expect([process.sourceMapsEnabled, callerStacksEnabled()]).toEqual([false, false]);
    } finally {
      process.setSourceMapsEnabled(was);
      setCallerStacks(true);
    }
  });
});

describe('withCallerStack', () => {
  const frames = (stack: string | undefined) => (stack ?? '').split('\n').filter((l) => l.trim().startsWith('at '));
  it('builds no stack frames inside the call when caller stacks are off, and restores the limit after', () => {
    const limit = Error.stackTraceLimit;
    try {
      expect(frames(withCallerStack(() => new Error('on').stack)).length).toBeGreaterThan(0);
      setCallerStacks(false);
      expect(frames(withCallerStack(() => new Error('off').stack))).toEqual([]);
      expect(Error.stackTraceLimit).toBe(limit);
      expect(frames(new Error('outside').stack).length).toBeGreaterThan(0);
    } finally {
      setCallerStacks(true);
    }
  });
});
