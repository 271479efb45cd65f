import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** A cell read back as Excel sees it: a number (with its number format) or text. */
export type ReadCell = { number: number; format: string | null } | { text: string } | null;

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#13);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#13': '\r' })[e]!);

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref.replace(/\d+$/, '')) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Every sheet of an XLSX file, by name, as rows of cells; numbers keep their format code from
 * styles.xml, so a test sees money as a number shown in yuan. For files this app writes (inline strings).
 */
export function readWorkbookSheets(path: string): Map<string, ReadCell[][]> {
  const files = unzipSync(readFileSync(path));
  const part = (name: string) => strFromU8(files[name]!);
  const styles = part('xl/styles.xml');
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
  const cellXfs = styles.slice(styles.indexOf('<cellXfs'));
  const styleFormat = [...cellXfs.matchAll(/<xf numFmtId="(\d+)"/g)].map((m) => formats.get(m[1]!) ?? null);
  const names = [...part('xl/workbook.xml').matchAll(/<sheet name="([^"]*)" sheetId="\d+" r:id="rId(\d+)"/g)];
  const sheets = new Map<string, ReadCell[][]>();
  for (const [, name, rid] of names) {
    const xml = part(`xl/worksheets/sheet${rid}.xml`);
    const rows: ReadCell[][] = [];
    for (const row of xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)) {
      const cells: ReadCell[] = [];
      for (const c of row[1]!.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?(?: t="inlineStr")?>(?:<v>([^<]*)<\/v>|<is><t xml:space="preserve">([^<]*)<\/t><\/is>)<\/c>/g)) {
        const at = columnIndex(c[1]!);
        while (cells.length < at) cells.push(null);
        cells.push(c[3] !== undefined ? { number: Number(c[3]), format: styleFormat[Number(c[2] ?? 0)] ?? null } : { text: unescape(c[4]!) });
      }
      rows.push(cells);
    }
    sheets.set(unescape(name!), rows);
  }
  return sheets;
}

/** A cell's plain value: the number or the text. */
export const valueOf = (cell: ReadCell | undefined): number | string | null => (cell == null ? null : 'number' in cell ? cell.number : cell.text);
