// Runs a CommonJS program (e.g. dist/main/cli.cjs) in this process and, when the process exits,
// writes its peak resident memory to stderr as one line:
//   __BENCH_PEAK__ {"vmHwmKb":…,"maxRssKb":…}
// Usage: node bench/peak-rss.cjs <program.cjs> [args…]   (the program sees only its own args)
// VmHWM (/proc/self/status) is the kernel's high-water mark of the whole process, worker threads
// included; process.resourceUsage().maxRSS is the same figure from getrusage (kept as a fallback
// where /proc is missing).
'use strict';
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const program = process.argv[2];
if (!program) {
  process.stderr.write('usage: node bench/peak-rss.cjs <program.cjs> [args…]\n');
  process.exit(2);
}

function vmHwmKb() {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

process.on('exit', () => {
  const peak = { vmHwmKb: vmHwmKb(), maxRssKb: process.resourceUsage().maxRSS };
  process.stderr.write(`__BENCH_PEAK__ ${JSON.stringify(peak)}\n`);
});

// The program reads process.argv.slice(2) as its own arguments.
const programPath = resolve(program);
process.argv = [process.argv[0], programPath, ...process.argv.slice(3)];
require(programPath);
