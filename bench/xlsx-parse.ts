// Speed of the .xlsx reader on an Excel-like orders workbook built in memory (printed, never
// asserted):   npx tsx bench/xlsx-parse.ts [--rows 60000]
// The workbook has the 2019 order layout's 54 columns: shared strings for text, numbers for
// money and counts, date serials with a date style, like a sheet re-saved by Excel.
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { readFirstSheetRows } from '../src-main/core/import/xlsx/workbook-reader';

const { values: flags } = parseArgs({ options: { rows: { type: 'string', default: '60000' } } });
const rowCount = Number(flags.rows);

const columns = 54;
const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26)));
const strings: string[] = [];
const stringIndex = new Map<string, number>();
const shared = (text: string): number => {
  let i = stringIndex.get(text);
  if (i === undefined) {
    i = strings.length;
    strings.push(text);
    stringIndex.set(text, i);
  }
  return i;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const statuses = ['交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭'];
const parts: string[] = [];
parts.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
parts.push(`<row r="1">${Array.from({ length: columns }, (_, c) => `<c r="${letters(c)}1" t="s"><v>${shared(`列${c}`)}</v></c>`).join('')}</row>`);
for (let r = 2; r <= rowCount + 1; r++) {
  const cells: string[] = [];
  for (let c = 0; c < columns; c++) {
    const ref = `${letters(c)}${r}`;
    if (c === 0) cells.push(`<c r="${ref}" t="s"><v>${shared(String(2151269504094094641n + BigInt(r) * 7919n))}</v></c>`);
    else if (c === 1 || c === 12) cells.push(`<c r="${ref}" t="s"><v>${shared(`tb${rand(rowCount)}买家`)}</v></c>`);
    else if (c === 13) cells.push(`<c r="${ref}" t="s"><v>${shared(`浙江省 杭州市 西湖区 文三路${rand(999)}号${rand(30)}栋${rand(2000)}室(310000)`)}</v></c>`);
    else if (c === 10) cells.push(`<c r="${ref}" t="s"><v>${shared(statuses[rand(4)]!)}</v></c>`);
    else if (c === 3 || c === 6 || c === 8) cells.push(`<c r="${ref}" s="2"><v>${rand(50000) / 100}</v></c>`);
    else if (c === 17 || c === 18) cells.push(`<c r="${ref}" s="1"><v>${45292 + rand(90) + rand(86400) / 86400}</v></c>`);
    else if (c === 16) cells.push(`<c r="${ref}"><v>${13800000000 + rand(99999999)}</v></c>`);
    else if (c === 19) cells.push(`<c r="${ref}" t="s"><v>${shared(`【官方正品】商品${rand(300)}`)}</v></c>`);
    else if (c % 3 === 0) cells.push(`<c r="${ref}"><v>${rand(10)}</v></c>`);
    else if (c % 3 === 1) cells.push(`<c r="${ref}" t="s"><v>${shared(['否', '是', '手机订单', '0元'][rand(4)]!)}</v></c>`);
  }
  parts.push(`<row r="${r}">${cells.join('')}</row>`);
}
parts.push('</sheetData></worksheet>');
const sheet = strToU8(parts.join(''));
const sst = strToU8(
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
);
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const file = zipSync(
  {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="export" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="2"/></cellXfs></styleSheet>'),
    'xl/sharedStrings.xml': sst,
    'xl/worksheets/sheet1.xml': sheet,
  },
  { level: 6 },
);

const MB = 1024 * 1024;
console.log(`workbook ${(file.length / MB).toFixed(1)} MB: sheet XML ${(sheet.length / MB).toFixed(1)} MB, shared strings ${(sst.length / MB).toFixed(1)} MB (${strings.length} strings), ${rowCount} data rows × ${columns} columns`);
for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  let rows = 0;
  let cells = 0;
  readFirstSheetRows(file, {
    onRow: (row) => {
      rows += 1;
      cells += row.length;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run ${run}: ${seconds.toFixed(2)} s — ${Math.round(rows / seconds).toLocaleString('en')} rows/s, ${((file.length / MB) / seconds).toFixed(1)} MB/s of .xlsx, ${(((sheet.length + sst.length) / MB) / seconds).toFixed(0)} MB/s of XML (${cells} cells)`,
  );
}
console.log(`peak RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
