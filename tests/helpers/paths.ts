import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');
export const CLI_BUNDLE = join(PROJECT_ROOT, 'dist', 'main', 'cli.cjs');
export const RENDERER_DIR = join(PROJECT_ROOT, 'dist', 'renderer');

/** A fixed instant for tests: 2026-11-22 09:30 in Shanghai. */
export const FROZEN_NOW = new Date('2026-11-22T01:30:00.000Z');
