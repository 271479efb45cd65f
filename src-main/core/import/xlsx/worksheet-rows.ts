// A worksheet part → its rows, as arrays of cell texts placed at their columns (a missing cell is
// an empty string; trailing empty cells are dropped), with the Excel row number. A hand-written
// streaming scanner for the SpreadsheetML subset a sheet uses: <sheetData>, <row r>, <c r t s>
// with <v> or an inline string <is><t>/<r><t>; formulas, phonetic guides (<rPh>) and everything
// outside <sheetData> are skipped. Fed decoded text in chunks of any size: it never needs the
// whole part in memory, and keeps at most one unfinished tag or value between chunks.

import { booleanText, isoDateText, numberCellText } from './cell-values';
import type { CellStyles } from './styles';
import { damaged } from './xlsx-error';
import { decodeEntities, decodeExcelEscapes, findTagEnd, isSpace, MAX_PENDING_CHARS } from './xml-text';

export interface WorksheetRowsOptions {
  sharedStrings: readonly string[];
  styles: CellStyles;
  /** workbookPr date1904="1": serials count from 1904-01-01. */
  date1904: boolean;
  /** A row with at least one non-empty cell. Returning 'stop' ends the scan. */
  onRow(cells: string[], rowNumber: number): void | 'stop';
  partName?: string;
}

export interface WorksheetRowsParser {
  write(text: string): void;
  /** Throws 'damaged' when the part stops inside a tag, a row, or before </sheetData>. */
  end(): void;
  readonly stopped: boolean;
}

/** Excel's largest sheet: column XFD. */
const MAX_COLUMNS = 16384;

const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_INLINE = 2;
const TYPE_STRING = 3;
const TYPE_BOOLEAN = 4;
const TYPE_ERROR = 5;
const TYPE_DATE = 6;

const TAG_OTHER = 0;
const TAG_ROW = 1;
const TAG_C = 2;
const TAG_V = 3;
const TAG_IS = 4;
const TAG_T = 5;
const TAG_RPH = 6;
const TAG_SHEET_DATA = 7;

function tagOf(s: string, start: number, length: number): number {
  switch (length) {
    case 1: {
      const c = s.charCodeAt(start);
      return c === 99 ? TAG_C : c === 118 ? TAG_V : c === 116 ? TAG_T : TAG_OTHER;
    }
    case 2:
      return s.charCodeAt(start) === 105 && s.charCodeAt(start + 1) === 115 ? TAG_IS : TAG_OTHER;
    case 3:
      if (s.charCodeAt(start) !== 114) return TAG_OTHER;
      if (s.charCodeAt(start + 1) === 111 && s.charCodeAt(start + 2) === 119) return TAG_ROW;
      if (s.charCodeAt(start + 1) === 80 && s.charCodeAt(start + 2) === 104) return TAG_RPH;
      return TAG_OTHER;
    case 9:
      return s.startsWith('sheetData', start) ? TAG_SHEET_DATA : TAG_OTHER;
    default:
      return TAG_OTHER;
  }
}

function typeOf(s: string, start: number, end: number): number {
  const length = end - start;
  const c = s.charCodeAt(start);
  if (length === 1) {
    if (c === 115) return TYPE_SHARED; // s
    if (c === 110) return TYPE_NUMBER; // n
    if (c === 98) return TYPE_BOOLEAN; // b
    if (c === 101) return TYPE_ERROR; // e
    if (c === 100) return TYPE_DATE; // d
  } else if (length === 3 && s.startsWith('str', start)) {
    return TYPE_STRING;
  } else if (length === 9 && s.startsWith('inlineStr', start)) {
    return TYPE_INLINE;
  }
  return TYPE_STRING;
}

/** 'AB12' → 27 (0-based column); -1 when the reference has no letters. */
export function columnIndex(s: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return col - 1;
}

function intOf(s: string, start: number, end: number): number {
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) continue;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
    digits++;
  }
  return digits === 0 || digits > 9 ? -1 : n;
}

export function createWorksheetRowsParser(options: WorksheetRowsOptions): WorksheetRowsParser {
  const { sharedStrings, styles, date1904, onRow } = options;
  const partName = options.partName ?? 'xl/worksheets/sheet1.xml';

  let rest = '';
  let stopped = false;
  let sheetDataClosed = false;

  let inRow = false;
  let rowNumber = 0;
  let cells: string[] = [];
  let nextColumn = 0;

  let inCell = false;
  let column = 0;
  let type = TYPE_NUMBER;
  let style = 0;
  let value = '';
  let inline = '';
  let hasInline = false;
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;

  const keep = (text: string): void => {
    if (text.length > MAX_PENDING_CHARS) throw damaged(`${partName} 里有超长的单元格或标签`);
    rest = text;
  };

  // The r, t and s attributes of the last <row> or <c> tag scanned: [start, end) in the chunk, -1 = absent.
  let attrR0 = -1;
  let attrR1 = -1;
  let attrT0 = -1;
  let attrT1 = -1;
  let attrS0 = -1;
  let attrS1 = -1;
  let attrSelfClosing = false;

  /**
   * Reads the attributes of a <row> or <c> tag from `from` (just after its name) to its end.
   * Returns the index of the closing '>', or -1 when the chunk ends inside the tag.
   */
  const scanAttributes = (s: string, from: number): number => {
    attrR0 = attrR1 = attrT0 = attrT1 = attrS0 = attrS1 = -1;
    const n = s.length;
    let i = from;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        attrSelfClosing = false;
        return i;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== 62) throw damaged(`${partName} 第 ${rowNumber} 行附近的 XML 格式不对`);
        attrSelfClosing = true;
        return i + 1;
      }
      const nameStart = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d === 61 || d === 62 || d === 47 || isSpace(d)) break;
        i++;
      }
      const nameEnd = i;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== 61 /* = */) throw damaged(`${partName} 第 ${rowNumber} 行附近的 XML 格式不对`);
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) throw damaged(`${partName} 第 ${rowNumber} 行附近的 XML 格式不对`);
      const close = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      if (nameEnd - nameStart === 1) {
        const a = s.charCodeAt(nameStart);
        if (a === 114 /* r */) {
          attrR0 = i + 1;
          attrR1 = close;
        } else if (a === 116 /* t */) {
          attrT0 = i + 1;
          attrT1 = close;
        } else if (a === 115 /* s */) {
          attrS0 = i + 1;
          attrS1 = close;
        }
      }
      i = close + 1;
    }
  };

  const startRow = (s: string): void => {
    const r = attrR0 >= 0 ? intOf(s, attrR0, attrR1) : -1;
    rowNumber = r > 0 ? r : rowNumber + 1;
    inRow = true;
    cells = [];
    nextColumn = 0;
  };

  const finishRow = (): void => {
    if (!inRow) return;
    inRow = false;
    if (cells.length > 0 && onRow(cells, rowNumber) === 'stop') stopped = true;
  };

  const startCell = (s: string): void => {
    const col = attrR0 >= 0 ? columnIndex(s, attrR0, attrR1) : -1;
    type = attrT0 >= 0 ? typeOf(s, attrT0, attrT1) : TYPE_NUMBER;
    style = attrS0 >= 0 ? Math.max(0, intOf(s, attrS0, attrS1)) : 0;
    column = col >= 0 ? col : nextColumn;
    if (column >= MAX_COLUMNS) throw damaged(`${partName} 第 ${rowNumber} 行的单元格超出了 Excel 的最大列`);
    inCell = true;
    value = '';
    inline = '';
    hasInline = false;
  };

  const finishCell = (): void => {
    if (!inCell) return;
    inCell = false;
    inV = false;
    inIs = false;
    inT = false;
    phonetic = 0;
    nextColumn = column + 1;
    let text: string;
    if (hasInline || type === TYPE_INLINE) {
      text = decodeExcelEscapes(decodeEntities(inline));
    } else if (value === '') {
      text = '';
    } else if (type === TYPE_SHARED) {
      const index = intOf(value, 0, value.length);
      const shared = index >= 0 ? sharedStrings[index] : undefined;
      if (shared === undefined) throw damaged(`${partName} 第 ${rowNumber} 行引用了不存在的共享字符串 ${value}`);
      text = shared;
    } else if (type === TYPE_NUMBER) {
      text = numberCellText(value, styles.isDate(style), date1904);
    } else if (type === TYPE_BOOLEAN) {
      text = booleanText(value.trim());
    } else if (type === TYPE_DATE) {
      text = isoDateText(value.trim());
    } else if (type === TYPE_ERROR) {
      text = decodeEntities(value);
    } else {
      text = decodeExcelEscapes(decodeEntities(value));
    }
    if (text === '' || !inRow) return;
    while (cells.length < column) cells.push('');
    cells[column] = text;
  };

  const write = (chunk: string): void => {
    if (stopped) return;
    const s = rest.length === 0 ? chunk : rest + chunk;
    rest = '';
    const n = s.length;
    let pos = 0;
    while (!stopped) {
      const lt = s.indexOf('<', pos);
      const collecting = inV || (inT && phonetic === 0);
      if (lt < 0) {
        if (collecting) keep(s.slice(pos));
        return;
      }
      if (collecting && lt > pos) {
        if (inV) value += s.slice(pos, lt);
        else inline += s.slice(pos, lt);
      }
      if (lt + 1 >= n) return keep(s.slice(lt));
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 63 /* ? */ || c1 === 33 /* ! */) {
        const next = skipSpecial(s, lt, collecting);
        if (next < 0) return keep(s.slice(lt));
        pos = next;
        continue;
      }
      const closing = c1 === 47;
      const nameStart0 = closing ? lt + 2 : lt + 1;
      let i = nameStart0;
      let colon = -1;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 62 || c === 47 || isSpace(c)) break;
        if (c === 58) colon = i;
      }
      if (i >= n) return keep(s.slice(lt));
      const nameStart = colon >= 0 ? colon + 1 : nameStart0;
      const tag = tagOf(s, nameStart, i - nameStart);
      let gt: number;
      let selfClosing = false;
      if (!closing && (tag === TAG_ROW || tag === TAG_C)) {
        gt = scanAttributes(s, i);
        selfClosing = attrSelfClosing;
      } else if (s.charCodeAt(i) === 62) {
        gt = i;
      } else {
        gt = findTagEnd(s, i);
        selfClosing = !closing && gt > 0 && s.charCodeAt(gt - 1) === 47;
      }
      if (gt < 0) return keep(s.slice(lt));
      if (closing) {
        switch (tag) {
          case TAG_ROW:
            finishCell();
            finishRow();
            break;
          case TAG_C:
            finishCell();
            break;
          case TAG_V:
            inV = false;
            break;
          case TAG_IS:
            inIs = false;
            inT = false;
            break;
          case TAG_T:
            inT = false;
            break;
          case TAG_RPH:
            if (phonetic > 0) phonetic -= 1;
            break;
          case TAG_SHEET_DATA:
            sheetDataClosed = true;
            break;
        }
      } else {
        switch (tag) {
          case TAG_ROW:
            finishCell();
            finishRow();
            startRow(s);
            if (selfClosing) finishRow();
            break;
          case TAG_C:
            finishCell();
            startCell(s);
            if (selfClosing) finishCell();
            break;
          case TAG_V:
            if (inCell && !selfClosing) {
              inV = true;
              value = '';
            }
            break;
          case TAG_IS:
            if (inCell) {
              hasInline = true;
              inIs = !selfClosing;
            }
            break;
          case TAG_T:
            inT = inIs && !selfClosing;
            break;
          case TAG_RPH:
            if (!selfClosing) phonetic += 1;
            break;
          case TAG_SHEET_DATA:
            if (selfClosing) sheetDataClosed = true;
            break;
        }
      }
      pos = gt + 1;
    }
  };

  /** Skips <?…?>, <!--…-->, and <![CDATA[…]]> (whose text is kept when collecting); -1 = incomplete. */
  const skipSpecial = (s: string, lt: number, collecting: boolean): number => {
    if (s.charCodeAt(lt + 1) === 63) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.length - lt < 4) return -1;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.length - lt < 9) return -1;
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (collecting) {
        // Entities are decoded when the cell ends; CDATA text has none, so escape its '&'.
        const text = s.slice(lt + 9, end).replaceAll('&', '&amp;');
        if (inV) value += text;
        else inline += text;
      }
      return end + 3;
    }
    throw damaged(`${partName} 里有不该出现的 DOCTYPE 声明`);
  };

  return {
    write,
    end() {
      if (stopped) return;
      if (rest.indexOf('<') >= 0 || inRow || inCell) throw damaged(`${partName} 在第 ${rowNumber} 行中间结束`);
      if (!sheetDataClosed) throw damaged(`${partName} 没有完整的表格数据`);
    },
    get stopped() {
      return stopped;
    },
  };
}
