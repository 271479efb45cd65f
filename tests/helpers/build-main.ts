import { execFileSync } from 'node:child_process';

/** The command-line tests run the real bundle; rebuilding it takes under a second. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { stdio: 'inherit' });
}
