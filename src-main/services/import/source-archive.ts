import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ByteSource } from './byte-source';

const COMPRESSION = 'deflate-raw';

/** Receives one file's compressed parts, in order, inside the import's transaction. */
export interface SourceKeeper {
  addPart(data: Uint8Array): void;
  /** Ends the file once its SHA-256 is known (a file hashed while read may turn out kept already). */
  finish(sha256: string): void;
}

/**
 * Starts keeping an imported file in the book, once per content: null when a file with this
 * SHA-256 is kept already. A null `sha256` means "not known until the file has been read": the
 * parts then go under a provisional name, dropped at the end if the file turns out to be kept
 * already. Part of the import's transaction, so a rolled-back import keeps nothing.
 */
export function startKeeping(repo: SourceFilesRepo, sha256: string | null, byteCount: number, now: string): SourceKeeper | null {
  if (sha256 !== null && repo.find(sha256)) return null;
  const fileId = repo.start(sha256 ?? `pending:${randomUUID()}`, byteCount, COMPRESSION, now);
  let stored = 0;
  let partNo = 0;
  return {
    addPart(data) {
      repo.addPart(fileId, partNo, data);
      stored += data.length;
      partNo += 1;
    },
    finish(finalSha) {
      if (sha256 === null && repo.find(finalSha)) repo.remove(fileId);
      else repo.finish(fileId, stored, finalSha);
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

/** Hands a whole file read from `source` to the keeper (a second pass over it, on this thread). */
export function addWholeSource(keeper: SourceKeeper, source: ByteSource): void {
  source.rewind();
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) keeper.addPart(compressPart(chunk));
  source.rewind();
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
