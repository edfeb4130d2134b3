/** This process's CPU time (user + system) in µs since `since` (a process.cpuUsage() reading). */
const cpuUsSince = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

/**
 * `concurrency` loops calling `call` back to back for `ms`: how many calls a second
 * completed, and this process's CPU µs per call.
 */
export async function closedLoop(
  call: () => Promise<unknown>,
  concurrency: number,
  ms: number,
): Promise<{ perSecond: number; cpuUsPerCall: number }> {
  let done = 0;
  const end = performance.now() + ms;
  const since = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return { perSecond: done / (ms / 1000), cpuUsPerCall: cpuUsSince(since) / done };
}

/** This process's CPU µs per call of `call`, made `times` times one after another. */
export async function serialCpuUs(call: () => unknown, times: number): Promise<number> {
  const since = process.cpuUsage();
  for (let i = 0; i < times; i++) await call();
  return cpuUsSince(since) / times;
}
