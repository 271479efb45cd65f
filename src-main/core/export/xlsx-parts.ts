// The parts of a minimal .xlsx workbook with one worksheet, as XML strings. The worksheet is built
// row by row with inline strings (no shared strings table), so a writer can stream it and never
// hold more than a batch of rows. The static parts are what Excel and WPS need to open the file
// without a repair prompt: content types, package and workbook relationships, workbook, styles.

import { guardFormula, type SheetCell } from './spreadsheet-cells';

export const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** Excel refuses longer sheet names. */
const MAX_SHEET_NAME = 31;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Index into cellXfs of styles.xml: 0 is the default, 1 the bold header. */
const HEADER_STYLE = 1;

export function contentTypesXml(): string {
  const type = 'application/vnd.openxmlformats-officedocument';
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="${type}.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${type}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/${SHEET_PART}" ContentType="${type}.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${type}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${type}.extended-properties+xml"/>` +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function appXml(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    '<Application>掌柜客户本</Application>' +
    '</Properties>'
  );
}

/**
 * A name Excel accepts for a sheet: none of : \ / ? * [ ], no apostrophe at either end, at most
 * 31 characters (a surrogate pair is never cut in half), never empty.
 */
export function sheetNameFor(name: string): string {
  let clean = removeIllegalXmlChars(name)
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '');
  if (clean.length > MAX_SHEET_NAME) {
    clean = clean.slice(0, MAX_SHEET_NAME);
    if (/[\uD800-\uDBFF]$/.test(clean)) clean = clean.slice(0, -1);
  }
  return clean === '' ? 'Sheet1' : clean;
}

export function workbookXml(sheetName: string): string {
  return (
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${escapeXml(sheetNameFor(sheetName))}" sheetId="1" r:id="rId1"/></sheets>` +
    '</workbook>'
  );
}

export function workbookRelsXml(): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

/** 微软雅黑 11 for every cell, bold for the header; the gray125 fill is required by Excel. */
export function stylesXml(): string {
  const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="微软雅黑"/><family val="2"/><charset val="134"/></font>`;
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/** Every static part, in the order they go into the zip (content types first, as Office writes it). */
export function staticParts(sheetName: string): { name: string; xml: string }[] {
  return [
    { name: '[Content_Types].xml', xml: contentTypesXml() },
    { name: '_rels/.rels', xml: rootRelsXml() },
    { name: 'docProps/app.xml', xml: appXml() },
    { name: 'xl/workbook.xml', xml: workbookXml(sheetName) },
    { name: 'xl/_rels/workbook.xml.rels', xml: workbookRelsXml() },
    { name: 'xl/styles.xml', xml: stylesXml() },
  ];
}

/** The worksheet up to its first row: header row frozen, optional column widths (in characters). */
export function sheetStart(columnWidths?: readonly number[]): string {
  let cols = '';
  if (columnWidths && columnWidths.length > 0) {
    cols = '<cols>';
    columnWidths.forEach((width, i) => {
      cols += `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    });
    cols += '</cols>';
  }
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="16.5"/>' +
    cols +
    '<sheetData>'
  );
}

export function sheetEnd(): string {
  return '</sheetData></worksheet>';
}

const columnNames: string[] = [];

/** 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
export function columnName(index0: number): string {
  const known = columnNames[index0];
  if (known !== undefined) return known;
  let name = '';
  for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  // Exports have a few dozen columns: remembering their names saves work on every row.
  if (index0 < 1024) columnNames[index0] = name;
  return name;
}

/**
 * One <row>. Empty cells (null, undefined, '', non-finite numbers) are left out, as Excel does.
 * Text is cleaned of characters XML 1.0 cannot hold, then guarded against formulas like the CSV.
 */
export function sheetRow(rowIndex1Based: number, cells: readonly SheetCell[], style?: 'header'): string {
  const s = style === 'header' ? ` s="${HEADER_STYLE}"` : '';
  let xml = `<row r="${rowIndex1Based}">`;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (value === null || value === undefined) continue;
    const ref = columnName(i) + rowIndex1Based;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      continue;
    }
    const text = guardFormula(removeIllegalXmlChars(value));
    if (text === '') continue;
    xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  }
  return xml + '</row>';
}

/** Controls other than tab, LF and CR; U+FFFE and U+FFFF; a surrogate (when not part of a pair). */
function illegalInXml(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  return (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
}

/** Drops the characters XML 1.0 cannot hold; surrogate pairs (emoji) are kept. */
export function removeIllegalXmlChars(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (!illegalInXml(c)) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

const SPECIAL = /[&<>"'\r]|_(?=x[0-9A-Fa-f]{4}_)/g;
const REPLACEMENT: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // An XML parser turns a raw CR into LF; a character reference survives.
  '\r': '&#13;',
  // Excel reads `_xHHHH_` in a string as an escaped character; `_x005F_` is its escaped underscore.
  _: '_x005F_',
};

export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (c) => REPLACEMENT[c]!);
}
