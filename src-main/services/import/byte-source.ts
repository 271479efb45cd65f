import type { ColumnMapping } from '../../contract/order-fields';

/**
 * A file to import, read in chunks on demand. The command line reads a path with fs; the app
 * hands over the bytes it received. Synchronous on purpose: an import runs inside one SQLite
 * transaction, which better-sqlite3 cannot keep open across `await`.
 */
export interface ByteSource {
  name: string;
  size: number;
  /** The file on disk, when there is one: a second thread may then read it too. */
  path?: string;
  /** The owner's column mapping for a file no preset knows (chosen in the import page). */
  mapping?: ColumnMapping;
  /** The next chunk, or null at the end. */
  read(): Uint8Array | null;
  /** Starts again from the first byte (a commit re-reads what the preview read). */
  rewind(): void;
}

export function bytesSource(name: string, bytes: Uint8Array, chunkSize = 1 << 20): ByteSource {
  let offset = 0;
  return {
    name,
    size: bytes.length,
    read() {
      if (offset >= bytes.length) return null;
      const chunk = bytes.subarray(offset, Math.min(bytes.length, offset + chunkSize));
      offset += chunk.length;
      return chunk;
    },
    rewind() {
      offset = 0;
    },
  };
}
