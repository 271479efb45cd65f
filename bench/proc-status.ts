import { readFileSync } from 'node:fs';

/**
 * Reads a child's memory figure (VmRSS now, or VmHWM, its peak) from /proc every `everyMs` and
 * hands it to `onKb`; returns the function that stops polling. Silent where /proc is missing.
 */
export function pollProcStatus(pid: number | undefined, field: 'VmRSS' | 'VmHWM', everyMs: number, onKb: (kb: number) => void): () => void {
  const pattern = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm');
  const timer = setInterval(() => {
    try {
      const match = pattern.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) onKb(Number(match[1]));
    } catch {
      // gone already, or no /proc
    }
  }, everyMs);
  return () => clearInterval(timer);
}
