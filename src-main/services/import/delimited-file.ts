import { createCsvTokenizer } from '../../core/import/csv-tokenizer';
import { createStreamDecoder, detectEncoding, type TextEncodingName } from '../../core/import/text-decoding';
import type { ByteSource } from './byte-source';
import { HeaderNotFound, ImportCancelled, ImportRefused } from './import-errors';
import { scanWorkbookFile } from './workbook-file';

const HEAD_BYTES = 64 * 1024;
const MAX_TITLE_ROWS = 10;

export interface ScanControl {
  /** Called after each chunk with the bytes of `fileName` read so far. */
  onProgress?(fileName: string, bytesRead: number, rows: number): void;
  isCancelled?(): boolean;
}

export interface ScanHandlers {
  /** Decides whether a record is the header (true) or a title row above it (false). */
  isHeader(cells: readonly string[]): boolean;
  /** Returning 'stop' ends the scan after the header (used to recognise a file cheaply). */
  onHeader(cells: readonly string[], line: number): void | 'stop';
  /** Returning 'stop' ends the scan here (a sample of the first rows is enough). */
  onRecord(cells: readonly string[], line: number): void | 'stop';
}

export interface ScanResult {
  /** The text encoding of a CSV/TSV export, or 'xlsx' for an Excel workbook. */
  encoding: TextEncodingName | 'xlsx';
  rows: number;
}

/**
 * Streams a CSV/TSV export through the decoder and the tokenizer, chunk by chunk: never the whole
 * file in memory. Finds the header (skipping up to ten title rows), refuses files that are not
 * text, are empty, or end inside a quoted field (cut off while downloading or copying).
 */
export function scanDelimitedFile(source: ByteSource, handlers: ScanHandlers, control: ScanControl = {}): ScanResult {
  source.rewind();
  const first = source.read();
  if (first === null || first.length === 0) throw new ImportRefused(source.name, '文件是空的。请重新从千牛导出。');
  if (isZip(first)) return scanWorkbookFile(source, handlers, control);
  const detected = detectEncoding(first.subarray(0, HEAD_BYTES));
  if ('error' in detected) {
    throw new ImportRefused(
      source.name,
      detected.error === 'empty' ? '文件是空的。请重新从千牛导出。' : '这不是文本表格文件（可能是图片、压缩包或已损坏），请选择千牛导出的 CSV 文件。',
    );
  }
  const decoder = createStreamDecoder(detected.encoding, detected.bomLength);

  let headerFound = false;
  let titleRows = 0;
  let rows = 0;
  let truncatedAt: number | null = null;
  let stopped = false;
  const tokenizer = createCsvTokenizer({
    onRecord({ fields, line }) {
      if (!headerFound) {
        if (handlers.isHeader(fields)) {
          headerFound = true;
          if (handlers.onHeader(fields, line) === 'stop') {
            stopped = true;
            return false;
          }
          return;
        }
        titleRows += 1;
        if (titleRows >= MAX_TITLE_ROWS) return false;
        return;
      }
      rows += 1;
      if (handlers.onRecord(fields, line) === 'stop') {
        stopped = true;
        return false;
      }
    },
    onError(error) {
      truncatedAt = error.line;
    },
  });

  let bytesRead = 0;
  for (let chunk: Uint8Array | null = first; chunk !== null; chunk = source.read()) {
    if (control.isCancelled?.()) throw new ImportCancelled();
    bytesRead += chunk.length;
    tokenizer.write(decoder.write(chunk));
    control.onProgress?.(source.name, bytesRead, rows);
    if (stopped || (!headerFound && titleRows >= MAX_TITLE_ROWS)) break;
  }
  const gaveUp = !headerFound && titleRows >= MAX_TITLE_ROWS;
  if (!stopped && !gaveUp) {
    // Also when no header was seen yet: a header-only file may end without a newline.
    tokenizer.write(decoder.end());
    tokenizer.end();
  }
  if (!headerFound) {
    throw new HeaderNotFound(source.name);
  }
  if (truncatedAt !== null) {
    throw new ImportRefused(source.name, `第 ${truncatedAt} 行的引号没有闭合，文件不完整（可能下载或复制时被截断）。请重新导出后再导入。`);
  }
  return { encoding: detected.encoding, rows };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
