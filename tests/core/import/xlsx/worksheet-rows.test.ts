import { describe, expect, it } from 'vitest';
import { NO_STYLES, parseStyles } from '../../../../src-main/core/import/xlsx/styles';
import { columnIndex, createWorksheetRowsParser, type WorksheetRowsOptions } from '../../../../src-main/core/import/xlsx/worksheet-rows';
import { XlsxError } from '../../../../src-main/core/import/xlsx/xlsx-error';
import { sheetXml } from '../../../helpers/xlsx-builder';

interface Row {
  line: number;
  cells: string[];
}

function rowsOf(xml: string | readonly string[], options: Partial<WorksheetRowsOptions> = {}): Row[] {
  const rows: Row[] = [];
  const parser = createWorksheetRowsParser({
    sharedStrings: ['订单编号', '买家会员名', 'tb123', '收货地址 '],
    styles: NO_STYLES,
    date1904: false,
    onRow: (cells, line) => void rows.push({ line, cells }),
    ...options,
  });
  for (const chunk of typeof xml === 'string' ? [xml] : xml) parser.write(chunk);
  parser.end();
  return rows;
}

const STYLES = parseStyles(
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm:ss"/></numFmts>' +
    '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs></styleSheet>',
);

const MIXED = sheetXml(
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>2151269504094094641</t></is></c><c r="B2" t="s"><v>2</v></c><c r="AB2"><v>150.4</v></c></row>' +
    '<row r="3" ht="15"><c r="A3" s="1"><v>45382.564965277778</v></c><c r="B3" s="2"><v>45356.379861111112</v></c><c r="C3" s="3"><v>45356.5</v></c>' +
    '<c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="str"><f>A1&amp;"x"</f><v>a&amp;b_x000D_</v></c>' +
    '<c r="G3"><f>1+1</f><v>2</v></c><c r="H3" t="d"><v>2024-03-05T09:07:00</v></c><c r="I3" s="1"/><c r="J3" t="s"><v></v></c></row>' +
    '<row r="5"><c r="B5" s="1"/><c r="C5"/></row>' +
    '<row r="7"><c r="A7" t="inlineStr"><is><r><t>合</t></r><r><rPr><b/></rPr><t xml:space="preserve">计 </t></r><rPh><t>ごうけい</t></rPh></is></c>' +
    '<c r="B7"><v>2528969504006914300</v></c><c r="C7"><v>2.5289695040069144E+18</v></c></row>',
);

const MIXED_ROWS: Row[] = [
  { line: 1, cells: ['订单编号', '买家会员名', '', '收货地址 '] },
  { line: 2, cells: ['2151269504094094641', 'tb123', ...Array<string>(25).fill(''), '150.4'] },
  {
    line: 3,
    cells: ['2024-03-31 13:33:33', '2024-03-05 09:07:00', '45356.5', 'TRUE', '#N/A', 'a&b\r', '2', '2024-03-05 09:07:00'],
  },
  { line: 7, cells: ['合计 ', '2.5289695040069143E+18', '2.5289695040069144E+18'] },
];

describe('worksheet rows', () => {
  it('places cells at their columns, resolves every cell type, and skips empty rows', () => {
    expect(rowsOf(MIXED, { styles: STYLES })).toEqual(MIXED_ROWS);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    for (let cut = 1; cut < MIXED.length; cut += 1) {
      expect(rowsOf([MIXED.slice(0, cut), MIXED.slice(cut)], { styles: STYLES }), `cut at ${cut}`).toEqual(MIXED_ROWS);
    }
    const characters = [...MIXED];
    expect(rowsOf(characters, { styles: STYLES })).toEqual(MIXED_ROWS);
  });

  it('numbers rows and cells without r attributes in order', () => {
    const xml = sheetXml('<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c t="s"><v>2</v></c></row><row r="10"><c><v>x</v></c></row><row><c><v>y</v></c></row>');
    expect(rowsOf(xml)).toEqual([
      { line: 1, cells: ['1', '2', '', '', '5', '6'] },
      { line: 2, cells: ['tb123'] },
      { line: 10, cells: ['x'] },
      { line: 11, cells: ['y'] },
    ]);
  });

  it('reads prefixed tags, single quotes, comments and CDATA', () => {
    const xml =
      "<?xml version='1.0'?><x:worksheet xmlns:x='m'><!-- made by a .NET writer --><x:sheetData>" +
      "<x:row r='4'><x:c r='B4' t='inlineStr'><x:is><x:t><![CDATA[a & <b>]]></x:t></x:is></x:c><x:c r = 'C4' t = 'n'><x:v>7</x:v></x:c></x:row>" +
      '</x:sheetData></x:worksheet>';
    expect(rowsOf(xml)).toEqual([{ line: 4, cells: ['', 'a & <b>', '7'] }]);
  });

  it('uses the 1904 date system when the workbook says so', () => {
    const xml = sheetXml('<row r="1"><c r="A1" s="1"><v>0</v></c></row>');
    expect(rowsOf(xml, { styles: STYLES, date1904: true })).toEqual([{ line: 1, cells: ['1904-01-01 00:00:00'] }]);
  });

  it('stops when onRow says so and ignores what follows', () => {
    const rows: number[] = [];
    const parser = createWorksheetRowsParser({
      sharedStrings: [],
      styles: NO_STYLES,
      date1904: false,
      onRow: (_cells, line) => {
        rows.push(line);
        return line === 2 ? 'stop' : undefined;
      },
    });
    parser.write(sheetXml('<row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c><v>3</v></c></row>').slice(0, -40));
    expect(parser.stopped).toBe(true);
    parser.end();
    expect(rows).toEqual([1, 2]);
  });

  it('refuses a sheet cut off inside a row or before the end of the data', () => {
    const whole = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    const rowEnd = whole.indexOf('</sheetData>');
    for (const cut of [whole.indexOf('<row r="2"') + 12, whole.indexOf('<v>2') + 4, rowEnd - 3, rowEnd + 3]) {
      expect(() => rowsOf(whole.slice(0, cut)), `cut at ${cut}`).toThrow(XlsxError);
    }
    expect(() => rowsOf('<worksheet></worksheet>')).toThrow(/没有完整的表格数据/);
  });

  it('refuses a shared string index out of range and a column beyond XFD', () => {
    expect(() => rowsOf(sheetXml('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'))).toThrow(/不存在的共享字符串/);
    expect(() => rowsOf(sheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toThrow(XlsxError);
    expect(rowsOf(sheetXml('<row r="1"><c r="XFD1"><v>1</v></c></row>'))[0]!.cells.length).toBe(16384);
  });

  it('refuses a value longer than any cell can be (a bomb that got past the size checks)', () => {
    const parser = createWorksheetRowsParser({ sharedStrings: [], styles: NO_STYLES, date1904: false, onRow: () => {} });
    parser.write('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
    const zeros = '0'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i < 8; i++) parser.write(zeros);
    }).toThrow(/超长/);
  });

  it('reads column letters', () => {
    const col = (ref: string) => columnIndex(ref, 0, ref.length);
    expect([col('A1'), col('Z9'), col('AA10'), col('AB12'), col('ab12'), col('XFD1048576'), col('12')]).toEqual([0, 25, 26, 27, 27, 16383, -1]);
  });
});
