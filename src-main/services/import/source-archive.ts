import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ByteSource } from './byte-source';

const COMPRESSION = 'deflate-raw';

/** Receives one file's compressed parts, in order, inside the import's transaction. */
export interface SourceKeeper {
  addPart(data: Uint8Array): void;
  finish(): void;
}

/**
 * Starts keeping an imported file in the book, once per content (null when it is kept already).
 * Part of the import's transaction, so a rolled-back import keeps nothing.
 */
export function startKeeping(repo: SourceFilesRepo, sha256: string, byteCount: number, now: string): SourceKeeper | null {
  if (repo.find(sha256)) return null;
  const fileId = repo.start(sha256, byteCount, COMPRESSION, now);
  let stored = 0;
  let partNo = 0;
  return {
    addPart(data) {
      repo.addPart(fileId, partNo, data);
      stored += data.length;
      partNo += 1;
    },
    finish() {
      repo.finish(fileId, stored);
    },
  };
}

/**
 * One chunk of a file, deflated on its own. Level 1: a GBK export shrinks to about a quarter at
 * ~170 MB/s here; higher levels gain little and would cost an import seconds.
 */
export function compressPart(chunk: Uint8Array): Uint8Array {
  return deflateRawSync(chunk, { level: 1 });
}

/** Keeps a whole file read from `source` (a second pass over it, on this thread). */
export function keepWholeSource(keeper: SourceKeeper, source: ByteSource): void {
  source.rewind();
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) keeper.addPart(compressPart(chunk));
  source.rewind();
  keeper.finish();
}

/** A kept file, read back part by part: what a corrected mapping is re-applied to. */
export function archivedSource(repo: SourceFilesRepo, sha256: string, name: string): ByteSource | null {
  const file = repo.find(sha256);
  if (!file) return null;
  if (file.compression !== COMPRESSION) throw new Error(`unknown compression of a kept file: ${file.compression}`);
  const partIds = repo.partIds(file.id);
  let next = 0;
  return {
    name,
    size: file.byteCount,
    read() {
      if (next >= partIds.length) return null;
      const data = repo.partData(partIds[next]!);
      next += 1;
      return inflateRawSync(data);
    },
    rewind() {
      next = 0;
    },
  };
}
