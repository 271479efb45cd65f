import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Exports are personal data (PIPL): the folder keeps a week of them, not years. */
const KEEP_DAYS = 7;
const SAFE_NAME = /^[\p{L}\p{N}_\-.]+\.(xlsx|csv|pdf|json)$/u;

/**
 * The folder beside the book where the window's exports are written, and from where the browser
 * version downloads them. Only names this folder made are ever served.
 */
export function createExportsFolder(dir: string, now: () => Date) {
  return {
    dir,
    /** A path for a new export, after removing exports older than a week. */
    newPath(fileName: string): string {
      mkdirSync(dir, { recursive: true });
      const cutoff = now().getTime() - KEEP_DAYS * 24 * 3600 * 1000;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        try {
          if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
        } catch {
          // Gone already, or in use by Excel: left for next time.
        }
      }
      return join(dir, fileName);
    },
    /** Removes the exports whose names start with `prefix`; a file open in Excel is left for the weekly clean-up. */
    removeStartingWith(prefix: string): void {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (!name.startsWith(prefix)) continue;
        try {
          rmSync(join(dir, name), { force: true });
        } catch {
          // In use: it still goes with the exports older than a week.
        }
      }
    },
    /** The file for a download request, or null for anything that is not an export of this folder. */
    resolve(fileName: string): string | null {
      if (!SAFE_NAME.test(fileName) || basename(fileName) !== fileName) return null;
      const path = join(dir, fileName);
      try {
        return statSync(path).isFile() ? path : null;
      } catch {
        return null;
      }
    },
  };
}

export type ExportsFolder = ReturnType<typeof createExportsFolder>;
