import { readFirstSheetRows } from '../../core/import/xlsx/workbook-reader';
import { XlsxError } from '../../core/import/xlsx/xlsx-error';
import type { ByteSource } from './byte-source';
import type { ScanControl, ScanHandlers, ScanResult } from './delimited-file';
import { HeaderNotFound, ImportCancelled, ImportRefused } from './import-errors';

/** Sellers' workbooks are at most tens of MB; a bigger one is read whole, so it is refused. */
export const MAX_WORKBOOK_BYTES = 200 * 1024 * 1024;
const MAX_TITLE_ROWS = 10;
/** A total row under the data: 合计 / 总计 (also 合计：, 总计金额 …) in its first non-empty cell. */
const TOTAL_ROW = /^\s*(?:合计|总计)/;

/**
 * The .xlsx counterpart of scanDelimitedFile, with the same contract: the first visible worksheet's
 * rows go to the handlers as cell texts, `line` being the Excel row number. Empty rows are skipped,
 * the header is looked for among the first ten non-empty rows (title rows above it are skipped),
 * and total rows (合计/总计) are never handed on as records. Data rows are padded with empty
 * cells to the header's width, as a CSV row would be. The file is read whole (at most 200 MB);
 * the sheet is inflated and parsed as a stream.
 */
export function scanWorkbookFile(source: ByteSource, handlers: ScanHandlers, control: ScanControl = {}): ScanResult {
  const bytes = readWhole(source, control);
  let headerFound = false;
  let headerWidth = 0;
  let titleRows = 0;
  let rows = 0;
  let lastReported = -1;

  try {
    readFirstSheetRows(bytes, {
      onRow(cells, rowNumber) {
        const first = cells.find((cell) => cell.trim() !== '');
        if (first === undefined || TOTAL_ROW.test(first)) return;
        if (!headerFound) {
          if (handlers.isHeader(cells)) {
            headerFound = true;
            headerWidth = cells.length;
            return handlers.onHeader(cells, rowNumber) === 'stop' ? 'stop' : undefined;
          }
          titleRows += 1;
          return titleRows >= MAX_TITLE_ROWS ? 'stop' : undefined;
        }
        rows += 1;
        while (cells.length < headerWidth) cells.push('');
        return handlers.onRecord(cells, rowNumber) === 'stop' ? 'stop' : undefined;
      },
      onProgress(consumed, total) {
        if (control.isCancelled?.()) throw new ImportCancelled();
        // The sheet dominates the work: report it as a share of the file, as the CSV scan does.
        const bytesRead = total === 0 ? source.size : Math.floor((source.size * consumed) / total);
        if (bytesRead > lastReported) {
          lastReported = bytesRead;
          control.onProgress?.(source.name, bytesRead, rows);
        }
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw new ImportRefused(source.name, error.message);
    throw error;
  }
  if (!headerFound) throw new HeaderNotFound(source.name);
  return { encoding: 'xlsx', rows };
}

function readWhole(source: ByteSource, control: ScanControl): Uint8Array {
  const tooBig = (size: number) =>
    new ImportRefused(
      source.name,
      `这个 Excel 文件有 ${Math.ceil(size / (1024 * 1024))} MB，超过了 ${MAX_WORKBOOK_BYTES / (1024 * 1024)} MB 的上限。订单很多时请在千牛导出 CSV 格式，或在 Excel 里另存为 CSV 后再导入。`,
    );
  if (source.size > MAX_WORKBOOK_BYTES) throw tooBig(source.size);
  source.rewind();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = source.read(); chunk !== null; chunk = source.read()) {
    if (control.isCancelled?.()) throw new ImportCancelled();
    total += chunk.length;
    if (total > MAX_WORKBOOK_BYTES) throw tooBig(total);
    chunks.push(chunk);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
