import { createHash } from 'node:crypto';
import { formatInShopTime } from '../../core/shop-time';
import type { ImportRepo } from '../../db/repos/import-repo';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ByteSource } from './byte-source';
import type { ScanControl } from './delimited-file';
import { ImportOutdated } from './import-errors';
import { runImport } from './import-run';
import type { MappingMemory } from './mapping-memory';
import type { ImportSummary } from './import-summary';
import { recogniseFile, type RecognisedSource } from './recognise-file';

export interface ImportOptions {
  /** false: a preview — everything is computed in a transaction that is then rolled back. */
  commit: boolean;
  /** For a commit: what the preview showed; any other outcome rolls back with ImportOutdated. */
  expected?: ImportSummary | null;
  control?: ScanControl;
}

export interface ImportServiceDeps {
  repo: ImportRepo;
  sources: SourceFilesRepo;
  mappings: MappingMemory;
  /** Runs `work` in one transaction, kept or rolled back (see db/transaction.ts). */
  inTransaction<T>(keep: boolean, work: () => T): T;
  now: () => Date;
  /** The shop's time zone, for the export time of files whose names carry none. */
  timeZone: () => string;
  /** The bundled parse worker: files on disk are then read on a second thread. */
  parseWorker?: string;
}

/**
 * Order import: recognise every file first (a wrong file refuses the whole import before anything
 * is read in earnest), then apply them in one transaction. A preview runs the very same code and
 * rolls back, so a commit applies exactly what the preview showed (same files, same book).
 */
export function createImportService(deps: ImportServiceDeps) {
  return {
    importFiles(sources: readonly ByteSource[], options: ImportOptions): ImportSummary {
      const recognised = sources.map(recogniseFile);
      const instant = deps.now();
      const now = instant.toISOString();
      const nowInShop = formatInShopTime(instant, deps.timeZone());
      const hashes = new Map<RecognisedSource, string>();
      const fileSha256 = (file: RecognisedSource) => {
        let sha = hashes.get(file);
        if (sha === undefined) hashes.set(file, (sha = sha256Of(file.source)));
        return sha;
      };
      return deps.inTransaction(options.commit, () => {
        const sources = options.commit ? deps.sources : null;
        const control = options.control ? { control: options.control } : {};
        const parseWorker = deps.parseWorker ? { parseWorker: deps.parseWorker } : {};
        const summary = runImport({ repo: deps.repo, sources, mappings: deps.mappings, now, nowInShop, fileSha256, ...control, ...parseWorker }, recognised);
        if (options.expected && !sameOutcome(summary, options.expected)) throw new ImportOutdated();
        return options.commit ? summary : { ...summary, files: summary.files.map((file) => ({ ...file, batchId: null })) };
      });
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;

function sha256Of(source: ByteSource): string {
  const hash = createHash('sha256');
  source.rewind();
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) hash.update(chunk);
  source.rewind();
  return hash.digest('hex');
}

function sameOutcome(a: ImportSummary, b: ImportSummary): boolean {
  const key = (s: ImportSummary) => JSON.stringify([s.orders, s.lines, s.customers, s.statusChanges, s.problemCount]);
  return key(a) === key(b);
}
