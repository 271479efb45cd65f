import { deflateSync } from 'fflate';
import { crc32 } from '../../src-main/core/import/xlsx/zip-entries';

// Builds zip archives and small workbooks in memory for the workbook reader's tests, including
// archives that lie about their sizes (bombs) or are otherwise broken on purpose.

export interface ZipEntrySpec {
  name: string;
  data: string | Uint8Array;
  /** 8 (deflate, the default) or 0 (stored); anything else is written as given with stored data. */
  method?: number;
  flags?: number;
  /** Lie in the central directory: the uncompressed size, the compressed size, the CRC. */
  declaredSize?: number;
  declaredCompressedSize?: number;
  declaredCrc?: number;
  /** Write the central directory sizes as ZIP64 (0xffffffff + extra field 1). */
  zip64?: boolean;
}

const encoder = new TextEncoder();

export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

export function buildZip(entries: readonly ZipEntrySpec[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = bytesOf(entry.data);
    const method = entry.method ?? 8;
    const body = method === 8 ? deflateSync(raw, { level: 6 }) : raw;
    const name = encoder.encode(entry.name);
    const crc = crc32(raw);
    const flags = (entry.flags ?? 0) | 0x800;

    const local = new Uint8Array(30 + name.length + body.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, method, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, body.length, true);
    l.setUint32(22, raw.length, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    locals.push(local);

    const size = entry.declaredSize ?? raw.length;
    const compressed = entry.declaredCompressedSize ?? body.length;
    const extra = entry.zip64 ? new Uint8Array(4 + 16) : new Uint8Array(0);
    if (entry.zip64) {
      const e = new DataView(extra.buffer);
      e.setUint16(0, 1, true);
      e.setUint16(2, 16, true);
      e.setBigUint64(4, BigInt(size), true);
      e.setBigUint64(12, BigInt(compressed), true);
    }
    const central = new Uint8Array(46 + name.length + extra.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, method, true);
    c.setUint32(16, entry.declaredCrc ?? crc, true);
    c.setUint32(20, entry.zip64 ? 0xffffffff : compressed, true);
    c.setUint32(24, entry.zip64 ? 0xffffffff : size, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, Math.min(entries.length, 0xffff), true);
  e.setUint16(10, Math.min(entries.length, 0xffff), true);
  e.setUint32(12, cdSize, true);
  e.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface WorkbookSpec {
  sheets: { name: string; part: string; xml: string; state?: 'hidden' | 'veryHidden'; type?: 'worksheet' | 'chartsheet' }[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  /** Leave these parts out of the zip (they are still referenced). */
  omit?: string[];
  /** Extra entries, e.g. media. */
  extra?: ZipEntrySpec[];
}

/** A workbook with the given sheets (part names under xl/), in tab order. */
export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const rels = spec.sheets.map(
    (s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.type ?? 'worksheet'}" Target="${s.part.replace(/^xl\//, '')}"/>`,
  );
  if (spec.sharedStrings !== undefined) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const entries: ZipEntrySpec[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels.join('')}</Relationships>` },
    ...spec.sheets.map((s) => ({ name: s.part, data: s.xml })),
    ...(spec.sharedStrings !== undefined ? [{ name: 'xl/sharedStrings.xml', data: spec.sharedStrings }] : []),
    ...(spec.styles !== undefined ? [{ name: 'xl/styles.xml', data: spec.styles }] : []),
    ...(spec.extra ?? []),
  ];
  return buildZip(entries.filter((e) => !(spec.omit ?? []).includes(e.name)));
}

/** A worksheet part around the given <sheetData> content. */
export function sheetXml(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData>${sheetData}</sheetData><pageMargins left="0.7"/></worksheet>`;
}

export function sstXml(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}
