import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from './byte-source';
import { ImportRefused } from './import-errors';

const CHUNK_BYTES = 4 << 20;

/**
 * A file on disk read in 4 MiB chunks: a path the command line was given, or a staged upload.
 * `name` is what the owner sees in messages and the history (the upload's original name).
 */
export function fileSource(path: string, name = basename(path)): ByteSource & { close(): void } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ImportRefused(name, '这不是一个文件（可能是文件夹）。');
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused(name, `找不到文件 ${path}。`);
  }
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  return {
    name,
    size,
    path,
    read() {
      const bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, position);
      if (bytesRead === 0) return null;
      position += bytesRead;
      // A copy: the decoder may keep a reference while the buffer is refilled.
      return Uint8Array.prototype.slice.call(buffer, 0, bytesRead);
    },
    rewind() {
      position = 0;
    },
    close() {
      closeSync(fd);
    },
  };
}
