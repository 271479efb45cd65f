// A small .xlsx workbook held in memory: several sheets, each a header row and rows of cells,
// money in yuan and ratios as percentages with number formats, so the owner can add up and chart
// the report in Excel or WPS. Text is cleaned and guarded against formulas as in every export.

import { columnName, escapeXml, removeIllegalXmlChars, sheetEnd, sheetNameFor, sheetStart } from './xlsx-parts';
import { guardFormula } from './spreadsheet-cells';

/** Text; a plain number; fen shown as yuan; a ratio shown as a percentage; or an empty cell. */
export type WorkbookCell = string | number | { fen: number } | { ratio: number } | null;

export interface WorkbookSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly WorkbookCell[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** cellXfs indexes of styles.xml. */
const STYLE = { plain: 0, header: 1, yuan: 2, percent: 3 } as const;
const YUAN_FORMAT = '"¥"#,##0.00';
const PERCENT_FORMAT = '0.0%';

function stylesXml(): string {
  const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="微软雅黑"/><family val="2"/><charset val="134"/></font>`;
  return (
    XML_DECLARATION +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="${escapeXml(YUAN_FORMAT)}"/><numFmt numFmtId="165" formatCode="${PERCENT_FORMAT}"/></numFmts>` +
    `<fonts count="2">${font(false)}${font(true)}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="4">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function cellXml(ref: string, cell: WorkbookCell, header: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    const text = guardFormula(removeIllegalXmlChars(cell));
    if (text === '') return '';
    const s = header ? ` s="${STYLE.header}"` : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  }
  const [value, style] =
    typeof cell === 'number' ? [cell, STYLE.plain] : 'fen' in cell ? [cell.fen / 100, STYLE.yuan] : [cell.ratio, STYLE.percent];
  if (!Number.isFinite(value)) return '';
  return `<c r="${ref}"${style === STYLE.plain ? '' : ` s="${style}"`}><v>${value}</v></c>`;
}

function rowXml(index1: number, cells: readonly WorkbookCell[], header: boolean): string {
  let xml = `<row r="${index1}">`;
  cells.forEach((cell, i) => (xml += cellXml(columnName(i) + index1, cell, header)));
  return xml + '</row>';
}

/** As the customer export's sheet: header row frozen, the columns' widths. */
function sheetXml(sheet: WorkbookSheet): string {
  return sheetStart(sheet.widths) + rowXml(1, sheet.header, true) + sheet.rows.map((row, i) => rowXml(i + 2, row, false)).join('') + sheetEnd();
}

/** Sheet names unique as Excel compares them (case-insensitively), each within its limits. */
function uniqueSheetNames(sheets: readonly WorkbookSheet[]): string[] {
  const taken = new Set<string>();
  return sheets.map((sheet) => {
    const base = sheetNameFor(sheet.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Every part of the workbook, content types first. */
export function workbookParts(sheets: readonly WorkbookSheet[]): { name: string; xml: string }[] {
  const names = uniqueSheetNames(sheets);
  const sheetPart = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const contentTypes =
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="${TYPE}.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/${sheetPart(i)}" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>` +
    '</Types>';
  const rootRels =
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
    names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>';
  return [
    { name: '[Content_Types].xml', xml: contentTypes },
    { name: '_rels/.rels', xml: rootRels },
    { name: 'xl/workbook.xml', xml: workbook },
    { name: 'xl/_rels/workbook.xml.rels', xml: workbookRels },
    { name: 'xl/styles.xml', xml: stylesXml() },
    ...sheets.map((sheet, i) => ({ name: sheetPart(i), xml: sheetXml(sheet) })),
  ];
}
