// Cell values for the spreadsheet exports (CSV and XLSX), and the CSV encoding of a row.
//
// Every text cell is neutralised against formula injection ("CSV injection") the same way in both
// formats: a customer who names themselves `=HYPERLINK(...)` or writes `-2+3` in an order note must
// not become a live formula when the owner opens the export in Excel or WPS.
//
// Long digit strings (19-digit order ids, phone numbers) are always passed as strings and written as
// text. XLSX keeps them as text; a CSV has no types, so Excel and WPS may still show such a value
// in E-notation when they open the file. Writing it as `="…"` would keep the digits but is itself a
// formula, which the guard exists to forbid, so CSV exports accept that limitation.

/** A number is written as a number; a string as text; null and undefined as an empty cell. */
export type SheetCell = string | number | null | undefined;

/** UTF-8 with a byte order mark: without it, Excel on Chinese Windows reads the file as GBK. */
export const CSV_BOM = '\uFEFF';

/** First characters that make Excel/WPS treat a typed or imported value as a formula. */
function isTrigger(code: number): boolean {
  return code === 0x3d /* = */ || code === 0x2b /* + */ || code === 0x2d /* - */ || code === 0x40 /* @ */ || code === 0x09 || code === 0x0d;
}

const APOSTROPHE = 0x27;

/** The text starts with a trigger once any leading apostrophes are skipped. */
function triggerAfterApostrophes(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && text.charCodeAt(i) === APOSTROPHE) i++;
  return i < text.length && isTrigger(text.charCodeAt(i));
}

/**
 * Prefixes an apostrophe to text Excel/WPS would read as a formula. Text that already starts
 * with apostrophes before a trigger (`'=x`) gets one more too, so that unguardFormula can tell an
 * added apostrophe from one the customer typed and every value reads back exactly.
 */
export function guardFormula(text: string): string {
  return triggerAfterApostrophes(text, 0) ? "'" + text : text;
}

/** Removes the apostrophe guardFormula added; any other text is returned unchanged. */
export function unguardFormula(text: string): string {
  return text.charCodeAt(0) === APOSTROPHE && triggerAfterApostrophes(text, 1) ? text.slice(1) : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180). Non-finite numbers have no spreadsheet form and are left empty.
 */
export function csvCell(value: SheetCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

/** One CSV record with its CRLF (what Excel writes and expects). */
export function csvLine(cells: readonly SheetCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(cells[i]);
  }
  return line + '\r\n';
}
