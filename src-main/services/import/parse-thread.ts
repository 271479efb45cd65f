import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { unpackRow } from '../../core/import/prepared-row-codec';
import type { PreparedRow } from '../../core/import/prepared-rows';
import type { ScanControl, ScanResult } from './delimited-file';
import { HeaderNotFound, ImportCancelled, ImportRefused } from './import-errors';
import { POSTED, STARTED, TAKEN, type ParseMessage, type ParseRequest, type ParseWorkerData } from './parse-protocol';

/**
 * The parse worker's heap. Its live data is a few messages of rows, so a small old generation and
 * a 4 MB young one suffice; V8's default young generation alone added 60 MB to a million-order
 * import's peak RSS (measured: 445 MB with 8 MB, 381 MB with 4 MB).
 */
const PARSE_HEAP_MB = 32;
const PARSE_YOUNG_MB = 4;
/** How long the import thread waits for a parser that has stopped talking before giving up. */
const SILENCE_LIMIT_MS = 60_000;
/** How long a parse worker may take to start (load its script) before the import gives up. */
const START_LIMIT_MS = 15_000;
const WAIT_SLICE_MS = 200;

/**
 * Runs the parse worker on `request` and hands its rows to `onRow` on this thread, synchronously:
 * the import runs inside one SQLite transaction, which cannot wait across `await`, so messages
 * are taken with receiveMessageOnPort and the wait for the next one is an Atomics.wait.
 */
export function scanInParseThread(
  script: string,
  request: ParseRequest,
  handlers: { onRow(row: PreparedRow): void; onPart(data: Uint8Array): void; control?: ScanControl | undefined },
): ScanResult & { sha256: string } {
  const counters = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const workerData: ParseWorkerData = { ...request, port: port2, counters: counters.buffer as SharedArrayBuffer };
  const worker = new Worker(script, { workerData, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: PARSE_YOUNG_MB } });
  let taken = 0;
  let finished = false;
  try {
    for (;;) {
      const message = nextMessage();
      if (message.type === 'rows') {
        for (const row of message.rows) handlers.onRow(unpackRow(row));
        handlers.control?.onProgress?.(request.name, message.bytesRead, message.rowCount);
      } else if (message.type === 'part') handlers.onPart(message.data);
      else if (message.type === 'end') {
        finished = true;
        return { encoding: message.encoding, rows: message.rows, sha256: message.sha256 };
      } else throw rebuild(message.error);
      taken += 1;
      Atomics.store(counters, TAKEN, taken);
      Atomics.notify(counters, TAKEN);
    }
  } finally {
    port1.close();
    if (!finished) void worker.terminate();
  }

  function nextMessage(): ParseMessage {
    let silentSince = Date.now();
    for (;;) {
      if (handlers.control?.isCancelled?.()) throw new ImportCancelled();
      const received = receiveMessageOnPort(port1);
      if (received) return received.message as ParseMessage;
      const posted = Atomics.load(counters, POSTED);
      if (posted > taken) {
        // Posted but not yet deliverable: look again at once.
        silentSince = Date.now();
        continue;
      }
      Atomics.wait(counters, POSTED, posted, WAIT_SLICE_MS);
      if (Atomics.load(counters, STARTED) === 0 && Date.now() - silentSince > START_LIMIT_MS) {
        throw new Error(`parse worker ${script} did not start within ${START_LIMIT_MS} ms`);
      }
      if (Date.now() - silentSince > SILENCE_LIMIT_MS) throw new Error(`parse worker silent for ${SILENCE_LIMIT_MS} ms reading ${request.name}`);
    }
  }
}

function rebuild(error: Extract<ParseMessage, { type: 'failed' }>['error']): Error {
  if (error.kind === 'header-not-found') return new HeaderNotFound(error.file);
  if (error.kind === 'refused') {
    const refused = new ImportRefused(error.file, '');
    refused.message = error.message;
    return refused;
  }
  return new Error(`parse worker failed on ${error.file}: ${error.message}`);
}
