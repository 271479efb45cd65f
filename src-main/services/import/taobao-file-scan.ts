import type { PreparePlan, PreparedRow } from '../../core/import/prepared-rows';
import type { ScanResult } from './delimited-file';
import { scanPreparedRows, usableParseWorker } from './prepared-scan';
import type { RecognisedSource } from './recognise-file';
import { PLATFORM, startBatch, type RunState } from './run-state';
import { startKeeping } from './source-archive';

/**
 * Starts a Taobao file's batch and reads its rows into `rowsFor(batchId)`, keeping the file when
 * the import is committed. A file read on the parse thread is hashed there too, so this thread
 * never reads it at all: its batch and kept copy get their SHA-256 once it is known.
 */
export function scanTaobaoFile(
  run: RunState,
  file: RecognisedSource,
  kind: PreparePlan['kind'],
  snapshotAt: string,
  rowsFor: (batchId: number) => (row: PreparedRow) => void,
): ScanResult & { batchId: number } {
  const { deps } = run;
  const parseWorker = usableParseWorker(run.parseWorker, file.source);
  const knownSha = parseWorker ? null : deps.fileSha256(file);
  const batchId = startBatch(run, file, snapshotAt, PLATFORM, knownSha ?? '');
  const keeper = deps.sources ? startKeeping(deps.sources, knownSha, file.source.size, deps.now) : null;
  const plan = { kind, file: file.source.name, headers: file.headers };
  const scan = scanPreparedRows(file.source, plan, rowsFor(batchId), { control: deps.control, keeper, parseWorker });
  const sha256 = knownSha ?? scan.sha256;
  if (sha256 === undefined) throw new Error(`no SHA-256 for ${file.source.name}`);
  if (knownSha === null) deps.repo.setBatchSha(batchId, sha256);
  keeper?.finish(sha256);
  return { encoding: scan.encoding, rows: scan.rows, batchId };
}
