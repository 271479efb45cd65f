import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ByteSource } from './byte-source';

const COMPRESSION = 'deflate-raw';

/**
 * Keeps an imported file in the book, once per content: each chunk deflated on its own (level 1:
 * a GBK export shrinks to about a quarter at ~170 MB/s here; higher levels gain little and cost
 * the import seconds). Runs inside the import's transaction, so a rolled-back import keeps nothing.
 */
export function archiveSource(repo: SourceFilesRepo, source: ByteSource, sha256: string, now: string): void {
  if (repo.find(sha256)) return;
  const fileId = repo.start(sha256, source.size, COMPRESSION, now);
  let stored = 0;
  let partNo = 0;
  source.rewind();
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) {
    const part = deflateRawSync(chunk, { level: 1 });
    repo.addPart(fileId, partNo, part);
    stored += part.length;
    partNo += 1;
  }
  source.rewind();
  repo.finish(fileId, stored);
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
