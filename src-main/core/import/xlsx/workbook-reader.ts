// An .xlsx workbook's first worksheet, row by row: the zip directory is checked (bombs, damage)
// before anything is inflated; the package map finds the first visible worksheet, the shared
// strings and the styles; the sheet itself is inflated and scanned as a stream.
// Pure: the caller passes the file's bytes; every failure is an XlsxError with a Chinese message.

import { createSharedStringsParser } from './shared-strings';
import { NO_STYLES, parseStyles, type CellStyles } from './styles';
import { isRelationshipType, parseRelationships, parseWorkbook, relationshipsPartOf, type Relationship } from './workbook-parts';
import { createWorksheetRowsParser } from './worksheet-rows';
import { damaged, XlsxError } from './xlsx-error';
import { createPartDecoder } from './xml-text';
import { DEFAULT_ZIP_LIMITS, inflateEntry, readEntryBytes, readZipDirectory, type ZipDirectory, type ZipEntry, type ZipLimits } from './zip-entries';

export interface SheetRowsOptions {
  /** A row with at least one non-empty cell, with its Excel row number. 'stop' ends the scan. */
  onRow(cells: string[], rowNumber: number): void | 'stop';
  /** After each step of the sheet: compressed bytes consumed and the sheet's compressed size. May throw (cancel). */
  onProgress?(consumed: number, total: number): void;
  limits?: ZipLimits;
}

export interface SheetInfo {
  sheetName: string;
  sheetPart: string;
}

/** Parts other than the sheet and the shared strings are read whole; none is this big in a real workbook. */
const MAX_SMALL_PART = 64 * 1024 * 1024;

const NOT_WORKBOOK = '这是一个压缩包，不是 Excel 工作簿（.xlsx）。请选择千牛导出的订单报表（CSV 或 .xlsx），压缩包请先解压。';

/** Reads the first visible worksheet of an .xlsx (or .xlsm) workbook, calling onRow for each non-empty row. */
export function readFirstSheetRows(bytes: Uint8Array, options: SheetRowsOptions): SheetInfo {
  const zip = readZipDirectory(bytes, options.limits ?? DEFAULT_ZIP_LIMITS);
  const workbookPart = findWorkbookPart(zip, bytes);
  const workbook = parseWorkbook(readPartText(zip, bytes, workbookPart), workbookPart);
  const relsPart = relationshipsPartOf(workbookPart);
  const rels = zip.find(relsPart) ? parseRelationships(readPartText(zip, bytes, relsPart), workbookPart, relsPart) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));

  const worksheets = workbook.sheets.filter((sheet) => {
    const rel = byId.get(sheet.relationshipId);
    return rel !== undefined && !rel.external && isRelationshipType(rel, 'worksheet');
  });
  const sheet = worksheets.find((s) => s.visible) ?? worksheets[0];
  if (sheet === undefined) {
    if (workbook.sheets.length > 0 && workbook.sheets.some((s) => !byId.has(s.relationshipId))) throw damaged(`${relsPart} 缺少工作表的位置`);
    throw new XlsxError('not-workbook', '这个工作簿里没有工作表（只有图表或是空的），没有可导入的订单。');
  }
  const sheetPart = byId.get(sheet.relationshipId)!.target;
  const sheetEntry = requireEntry(zip, sheetPart);

  const sharedStrings = readSharedStrings(zip, bytes, partFor(zip, rels, 'sharedStrings', 'xl/sharedStrings.xml'));
  const stylesPart = partFor(zip, rels, 'styles', 'xl/styles.xml');
  const styles: CellStyles = stylesPart === null ? NO_STYLES : parseStyles(readPartText(zip, bytes, stylesPart), stylesPart);

  const decoder = createPartDecoder(sheetPart);
  const parser = createWorksheetRowsParser({ sharedStrings, styles, date1904: workbook.date1904, onRow: options.onRow, partName: sheetPart });
  inflateEntry(
    bytes,
    sheetEntry,
    (chunk) => {
      parser.write(decoder.write(chunk));
      return parser.stopped ? 'stop' : undefined;
    },
    (consumed) => options.onProgress?.(consumed, sheetEntry.compressedSize),
  );
  if (!parser.stopped) {
    parser.write(decoder.end());
    parser.end();
  }
  return { sheetName: sheet.name, sheetPart };
}

function findWorkbookPart(zip: ZipDirectory, bytes: Uint8Array): string {
  const mimetype = zip.find('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const type = new TextDecoder().decode(readEntryBytes(bytes, mimetype));
    if (type.includes('opendocument')) {
      throw new XlsxError('not-workbook', '这是 OpenDocument 文件（.ods/.odt），不是 Excel 工作簿。请在 WPS 或 Excel 里另存为 .xlsx 或 CSV 后再导入。');
    }
  }
  let workbookPart = 'xl/workbook.xml';
  if (zip.find('_rels/.rels')) {
    const office = parseRelationships(readPartText(zip, bytes, '_rels/.rels'), '', '_rels/.rels').find((r) => isRelationshipType(r, 'officeDocument'));
    if (office) workbookPart = office.target;
  }
  if (workbookPart.toLowerCase().endsWith('.bin')) {
    throw new XlsxError('unsupported', '这是二进制 Excel 工作簿（.xlsb），目前不能直接导入。请在 Excel 里另存为 .xlsx 或 CSV 后再导入。');
  }
  if (zip.find(workbookPart)) return workbookPart;
  const looksLikeWorkbook = zip.entries.some((e) => e.name.toLowerCase().startsWith('xl/'));
  if (!looksLikeWorkbook) {
    if (zip.find('word/document.xml')) throw new XlsxError('not-workbook', '这是 Word 文档，不是 Excel 工作簿。请选择千牛导出的订单报表（CSV 或 .xlsx）。');
    throw new XlsxError('not-workbook', NOT_WORKBOOK);
  }
  throw damaged(`缺少 ${workbookPart}`);
}

function requireEntry(zip: ZipDirectory, part: string): ZipEntry {
  const entry = zip.find(part);
  if (!entry) throw damaged(`缺少 ${part}`);
  return entry;
}

/** The part a relationship of `kind` points to (it must exist), else the usual name if present, else null. */
function partFor(zip: ZipDirectory, rels: readonly Relationship[], kind: 'sharedStrings' | 'styles', usual: string): string | null {
  const rel = rels.find((r) => !r.external && isRelationshipType(r, kind));
  if (rel) {
    requireEntry(zip, rel.target);
    return rel.target;
  }
  return zip.find(usual) ? usual : null;
}

function readPartText(zip: ZipDirectory, bytes: Uint8Array, part: string): string {
  const entry = requireEntry(zip, part);
  if (entry.uncompressedSize > MAX_SMALL_PART) throw damaged(`${part} 大得不正常`);
  const decoder = createPartDecoder(part);
  return decoder.write(readEntryBytes(bytes, entry)) + decoder.end();
}

function readSharedStrings(zip: ZipDirectory, bytes: Uint8Array, part: string | null): string[] {
  if (part === null) return [];
  const entry = requireEntry(zip, part);
  const decoder = createPartDecoder(part);
  const parser = createSharedStringsParser(part);
  inflateEntry(bytes, entry, (chunk) => parser.write(decoder.write(chunk)));
  parser.write(decoder.end());
  return parser.end();
}
