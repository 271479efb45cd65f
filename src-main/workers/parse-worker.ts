import { createHash } from 'node:crypto';
import { workerData } from 'node:worker_threads';
import { packRow, type PackedRow } from '../core/import/prepared-row-codec';
import { createRowPreparer } from '../core/import/prepared-rows';
import type { ByteSource } from '../services/import/byte-source';
import { scanDelimitedFile } from '../services/import/delimited-file';
import { fileSource } from '../services/import/file-byte-source';
import { HeaderNotFound, ImportRefused } from '../services/import/import-errors';
import { MAX_AHEAD, POSTED, ROWS_PER_MESSAGE, STARTED, TAKEN, type ParseMessage, type ParseWorkerData } from '../services/import/parse-protocol';
import { compressPart } from '../services/import/source-archive';

// Reads one export for the import thread (services/import/parse-thread.ts): decodes, tokenizes and
// reads every row, and compresses the bytes to be kept, while the import thread writes. Bundled
// to dist/main/parse-worker.cjs next to the import worker.
const request = workerData as ParseWorkerData;
const counters = new Int32Array(request.counters);
Atomics.store(counters, STARTED, 1);
let posted = 0;

function post(message: ParseMessage, transfer: ArrayBuffer[] = []): void {
  // Never more than MAX_AHEAD messages ahead of the import thread: memory stays flat.
  for (let taken = Atomics.load(counters, TAKEN); posted - taken >= MAX_AHEAD; taken = Atomics.load(counters, TAKEN)) {
    Atomics.wait(counters, TAKEN, taken, 1000);
  }
  request.port.postMessage(message, transfer);
  posted += 1;
  Atomics.store(counters, POSTED, posted);
  Atomics.notify(counters, POSTED);
}

const file = fileSource(request.path, request.name);
try {
  const preparer = createRowPreparer(request.plan);
  const source = hashingWhileRead(file, request.keep);
  let rows: PackedRow[] = [];
  let bytesRead = 0;
  let rowCount = 0;
  const flush = () => {
    if (rows.length === 0) return;
    post({ type: 'rows', rows, bytesRead, rowCount });
    rows = [];
  };
  const result = scanDelimitedFile(
    source,
    {
      isHeader: preparer.isHeader,
      onHeader: () => {},
      onRecord(cells, line) {
        rows.push(packRow(preparer.prepare(cells, line)));
        rowCount += 1;
        if (rows.length >= ROWS_PER_MESSAGE) flush();
      },
    },
    {
      onProgress(_name, read) {
        bytesRead = read;
      },
    },
  );
  flush();
  post({ type: 'end', encoding: result.encoding, rows: result.rows, sha256: source.finish() });
} catch (error) {
  const kind = error instanceof HeaderNotFound ? 'header-not-found' : error instanceof ImportRefused ? 'refused' : 'internal';
  const message = error instanceof Error ? (kind === 'internal' ? (error.stack ?? error.message) : error.message) : String(error);
  post({ type: 'failed', error: { kind, file: request.name, message } });
} finally {
  file.close();
  request.port.close();
}

/**
 * The file as the scan reads it, each chunk also hashed and (`keep`) compressed and posted to be
 * kept with its batch: the file is read once, on this thread. Chunks sit at fixed offsets, so one
 * read again after a rewind is not counted twice. `finish` reads what the scan left and gives the SHA-256.
 */
function hashingWhileRead(source: ByteSource & { close(): void }, keep: boolean): ByteSource & { finish(): string } {
  const hash = createHash('sha256');
  let offset = 0;
  let seenUpTo = 0;
  const take = (chunk: Uint8Array) => {
    hash.update(chunk);
    if (keep) {
      // A copy of its own: zlib's result may share a pooled buffer that must not be transferred.
      const part = new Uint8Array(compressPart(chunk));
      post({ type: 'part', data: part }, [part.buffer]);
    }
    seenUpTo += chunk.length;
  };
  return {
    name: source.name,
    size: source.size,
    rewind() {
      source.rewind();
      offset = 0;
    },
    read() {
      const chunk = source.read();
      if (chunk === null) return null;
      if (offset === seenUpTo) take(chunk);
      offset += chunk.length;
      return chunk;
    },
    finish() {
      for (let chunk = source.read(); chunk !== null; chunk = source.read()) {
        if (offset === seenUpTo) take(chunk);
        offset += chunk.length;
      }
      return hash.digest('hex');
    },
  };
}
