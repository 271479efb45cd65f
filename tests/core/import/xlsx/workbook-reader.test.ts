import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFirstSheetRows } from '../../../../src-main/core/import/xlsx/workbook-reader';
import { XlsxError, type XlsxErrorCode } from '../../../../src-main/core/import/xlsx/xlsx-error';
import { PROJECT_ROOT } from '../../../helpers/paths';
import { buildWorkbook, buildZip, sheetXml, sstXml, type WorkbookSpec } from '../../../helpers/xlsx-builder';

const XLSX_FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'xlsx');

function read(bytes: Uint8Array): { sheetName: string; sheetPart: string; rows: [number, string[]][] } {
  const rows: [number, string[]][] = [];
  const info = readFirstSheetRows(bytes, { onRow: (cells, line) => void rows.push([line, cells]) });
  return { ...info, rows };
}

function refusal(bytes: Uint8Array): { code: XlsxErrorCode; message: string } {
  try {
    read(bytes);
  } catch (error) {
    if (error instanceof XlsxError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the workbook to be refused');
}

const one = (text: string) => sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);

describe('finding the first worksheet', () => {
  it('follows the relationships: the first sheet may be named export and live in sheet3.xml', () => {
    const book = buildWorkbook({
      sheets: [
        { name: 'export', part: 'xl/worksheets/sheet3.xml', xml: one('first') },
        { name: 'Sheet1', part: 'xl/worksheets/sheet1.xml', xml: one('second') },
      ],
    });
    expect(read(book)).toEqual({ sheetName: 'export', sheetPart: 'xl/worksheets/sheet3.xml', rows: [[1, ['first']]] });
  });

  it('skips hidden sheets and chart sheets in front of the data', () => {
    const book = buildWorkbook({
      sheets: [
        { name: '图表', part: 'xl/chartsheets/sheet1.xml', xml: '<chartsheet/>', type: 'chartsheet' },
        { name: '隐藏', part: 'xl/worksheets/sheet1.xml', xml: one('hidden'), state: 'hidden' },
        { name: '订单', part: 'xl/worksheets/sheet2.xml', xml: one('visible') },
      ],
    });
    expect(read(book).rows).toEqual([[1, ['visible']]]);
    const onlyHidden = buildWorkbook({ sheets: [{ name: '隐藏', part: 'xl/worksheets/sheet1.xml', xml: one('hidden'), state: 'veryHidden' }] });
    expect(read(onlyHidden).rows).toEqual([[1, ['hidden']]]);
  });

  it('applies the shared strings, the styles and the 1904 date system', () => {
    const spec: WorkbookSpec = {
      sheets: [{ name: 'export', part: 'xl/worksheets/sheet1.xml', xml: sheetXml('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" s="1"><v>0.5</v></c></row>') }],
      sharedStrings: sstXml(['<si><t>订单编号</t></si>']),
      styles: '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>',
      date1904: true,
    };
    expect(read(buildWorkbook(spec)).rows).toEqual([[2, ['订单编号', '', '1904-01-01 12:00:00']]]);
    expect(read(buildWorkbook({ ...spec, date1904: false })).rows).toEqual([[2, ['订单编号', '', '1899-12-31 12:00:00']]]);
  });

  it('reads a sheet part written in UTF-16 with a BOM', () => {
    const xml = one('订单');
    const utf16 = new Uint8Array(Buffer.from('\ufeff' + xml, 'utf16le'));
    const book = buildZip([
      { name: '_rels/.rels', data: '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="/xl/workbook.xml"/></Relationships>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="s" r:id="r1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="r1" Type="x/worksheet" Target="worksheets/a%20b.xml"/></Relationships>' },
      { name: 'xl/worksheets/a b.xml', data: utf16 },
    ]);
    expect(read(book).rows).toEqual([[1, ['订单']]]);
  });

  it('reports progress up to the sheet part compressed size', () => {
    const rowsXml = Array.from({ length: 20000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7919}</v></c></row>`).join('');
    const book = buildWorkbook({ sheets: [{ name: 's', part: 'xl/worksheets/sheet1.xml', xml: sheetXml(rowsXml) }] });
    const seen: [number, number][] = [];
    let rows = 0;
    readFirstSheetRows(book, { onRow: () => void (rows += 1), onProgress: (done, total) => seen.push([done, total]) });
    expect(rows).toBe(20000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
  });
});

describe('workbooks that cannot be read', () => {
  const good: WorkbookSpec = {
    sheets: [{ name: 'export', part: 'xl/worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
    sharedStrings: sstXml(['<si><t>订单编号</t></si>']),
    styles: '<styleSheet/>',
  };

  it('reads the good one', () => {
    expect(read(buildWorkbook(good)).rows).toEqual([[1, ['订单编号']]]);
  });

  it('calls a workbook with a missing part damaged, naming the part', () => {
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml']) {
      const result = refusal(buildWorkbook({ ...good, omit: [part] }));
      expect(result.code, part).toBe('damaged');
      expect(result.message, part).toMatch(/^这个 Excel 文件已损坏或不完整/);
      expect(result.message, part).toContain(part);
    }
    expect(refusal(buildWorkbook({ ...good, omit: ['xl/_rels/workbook.xml.rels'] })).code).toBe('damaged');
  });

  it('calls broken XML and invalid UTF-8 damaged', () => {
    const cut = buildWorkbook({ ...good, sheets: [{ ...good.sheets[0]!, xml: good.sheets[0]!.xml.slice(0, 150) }] });
    expect(refusal(cut).code).toBe('damaged');
    const empty = buildWorkbook({ ...good, sheets: [{ ...good.sheets[0]!, xml: '' }] });
    expect(refusal(empty).code).toBe('damaged');
    const invalid = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="s" r:id="r1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="r1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array([0x3c, 0x77, 0x3e, 0xff, 0xfe, 0x80, 0x3c, 0x2f, 0x77, 0x3e]) },
    ]);
    expect(refusal(invalid)).toMatchObject({ code: 'damaged', message: expect.stringContaining('无效的字符编码') });
  });

  it('says what a zip is when it is not a workbook', () => {
    expect(refusal(buildZip([{ name: 'orders.csv', data: '订单编号\n1\n' }]))).toMatchObject({ code: 'not-workbook', message: expect.stringContaining('压缩包请先解压') });
    expect(refusal(buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }])).message).toContain('Word 文档');
    expect(refusal(buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }, { name: 'content.xml', data: '<x/>' }])).message).toContain('OpenDocument');
    const xlsb = buildZip([{ name: '_rels/.rels', data: '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.bin"/></Relationships>' }]);
    expect(refusal(xlsb)).toMatchObject({ code: 'unsupported', message: expect.stringContaining('.xlsb') });
    expect(refusal(buildWorkbook({ sheets: [] })).code).toBe('not-workbook');
  });
});

describe('the committed workbooks', () => {
  it('reads the platform download (a): sheet export, header with trailing spaces, rich text joined', () => {
    const { sheetName, sheetPart, rows } = read(readFileSync(join(XLSX_FIXTURES, 'ExportOrderList202404011048.xlsx')));
    expect([sheetName, sheetPart]).toEqual(['export', 'xl/worksheets/sheet2.xml']);
    expect(rows).toHaveLength(41);
    expect(rows[0]![1]).toContain('收货地址 ');
    expect(rows[1]![1].slice(0, 2)).toEqual(['2151269504094094641', 'xiao月亮3229229']);
    expect(rows[1]![1]).toContain('木子良品');
  });

  it('reads the Excel re-save (b): title rows, dates from serials, E-notation ids, the 合计 row', () => {
    const { rows } = read(readFileSync(join(XLSX_FIXTURES, '订单报表-Excel另存.xlsx')));
    expect(rows.map(([line]) => line)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(rows[0]![1]).toEqual(['订单报表']);
    const header = rows[2]![1];
    const at = (line: number, column: string) => rows[line - 1]![1][header.indexOf(column)];
    expect(at(4, '订单编号')).toBe('2151269504094094641');
    expect(at(4, '订单创建时间')).toBe('2024-03-31 13:33:33');
    expect(at(4, '订单付款时间 ')).toBe('2024-03-31 13:54:00');
    expect(at(4, '联系手机')).toBe('13286731869');
    expect(at(6, '买家应付货款')).toBe('368.7');
    expect(at(8, '订单编号')).toMatch(/^2\.\d+E\+18$/);
    expect(at(20, '订单编号')).toMatch(/^2\.\d+E\+18$/);
    expect(rows[43]![1][0]).toBe('合计');
  });
});
