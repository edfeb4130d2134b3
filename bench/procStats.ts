import { readFileSync, writeFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SEC = 100;

export interface ProcSample {
  /** User + system CPU time so far, in ms. */
  cpuMs: number;
  /** Resident set size now, in MB. */
  rssMb: number;
  /** Peak resident set size since start or the last {@link resetPeak}, in MB. */
  peakMb: number;
}

/** Reads a process's CPU time and memory from /proc (Linux only). */
export function sample(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { cpuMs: (ticks * 1000) / TICKS_PER_SEC, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Resets the peak-RSS mark (VmHWM) so the next sample reports the peak of one run.
 * Allowed for our own children; silently ignored where the kernel refuses.
 */
export function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // older kernels or restricted /proc: the peak then covers the process lifetime
  }
}
