import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Written to `<path>.partial` and renamed: a failed export never leaves half a file under the chosen name. */
export function writeFileWhole(path: string, bytes: Uint8Array | string): void {
  const partial = `${path}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
