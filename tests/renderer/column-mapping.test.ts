import type { ColumnMapping, FileInspectionDto } from '../../src-main/contract';
import { ORDER_FIELDS } from '../../src-main/contract';
import { describe, expect, it } from 'vitest';
import {
  effectiveMapping,
  fieldName,
  headerChoices,
  inspectionFailureText,
  isMappingShown,
  isRequiredField,
  mappingBlockReason,
  mappingExplanation,
  mappingProblems,
  mappingToSend,
  previewBlock,
  previewMappings,
  recognitionText,
  sampleColumns,
  sampleRecords,
  withField,
  type FileInspectionState,
} from '../../src-renderer/format/column-mapping';

const HEADERS = ['单号', '状态', '客户', '手机', '实付', '下单日期', '颜色'];
const ROWS = [
  ['A001', '交易成功', '王小花', '13911112222', '88.00', '2024-05-01 10:00:00', '红'],
  ['A002', '交易成功', '王小花', '13911112222', '12.50', '2024-05-03 10:00:00', ''],
];
const GUESS: ColumnMapping = { orderNo: '单号', status: '状态', phone: '手机', paidFen: '实付' };

function inspection(change: Partial<FileInspectionDto> = {}): FileInspectionDto {
  return {
    uploadId: 'u1',
    fileName: '我的订单表.csv',
    kind: 'unknown',
    label: '未知文件',
    headers: HEADERS,
    sampleRows: ROWS,
    mapping: GUESS,
    mappingSource: 'guessed',
    needsMapping: true,
    ...change,
  };
}

const ready = (dto: FileInspectionDto): FileInspectionState => ({ status: 'ready', inspection: dto });
const JD = inspection({ uploadId: 'u2', fileName: 'jd.csv', kind: 'jd-orders', label: '京东订单（40 列）', mappingSource: 'preset', needsMapping: false });
const TAOBAO = inspection({ uploadId: 'u3', fileName: 'ExportOrderList.csv', kind: 'taobao-orders', label: '淘宝/天猫订单报表（71 列）', mapping: null, mappingSource: null, needsMapping: false });

describe('field names and required fields', () => {
  it('names every field without the 必填 suffix, and marks 订单号, 订单状态, 实付金额 as required', () => {
    expect(fieldName('orderNo')).toBe('订单号');
    expect(fieldName('paidFen')).toBe('实付金额');
    expect(fieldName('buyerNick')).toBe('买家账号');
    expect(ORDER_FIELDS.filter(isRequiredField)).toEqual(['orderNo', 'status', 'paidFen']);
    for (const field of ORDER_FIELDS) expect(fieldName(field)).not.toMatch(/必填/);
  });
});

describe('headerChoices', () => {
  it('offers each header once, in file order, with its first non-blank value as an example', () => {
    const choices = headerChoices(['单号', '', '  ', '颜色', '单号', '备注'], [
      ['A001', 'x', 'y', '', 'B', ''],
      ['A002', 'x', 'y', '蓝', 'B', ''],
    ]);
    expect(choices).toEqual([
      { header: '单号', example: 'A001' },
      { header: '颜色', example: '蓝' },
      { header: '备注', example: null },
    ]);
  });

  it('leaves out a header too long for the contract (200 characters)', () => {
    expect(headerChoices(['a'.repeat(201), 'b'], [])).toEqual([{ header: 'b', example: null }]);
  });
});

describe('withField', () => {
  it('sets a field, and removes it for 不导入, without changing the mapping it was given', () => {
    const set = withField(GUESS, 'createdAt', '下单日期');
    expect(set).toEqual({ ...GUESS, createdAt: '下单日期' });
    const removed = withField(set, 'phone', null);
    expect(removed).not.toHaveProperty('phone');
    expect(GUESS).toEqual({ orderNo: '单号', status: '状态', phone: '手机', paidFen: '实付' });
  });
});

describe('mappingProblems and mappingBlockReason', () => {
  it('finds nothing wrong with a complete mapping that uses each column once', () => {
    expect(mappingProblems(GUESS, HEADERS)).toEqual({});
    expect(mappingBlockReason('我的订单表.csv', GUESS, HEADERS)).toBeNull();
  });

  it('asks for each required field that has no column', () => {
    const mapping = withField(withField(GUESS, 'orderNo', null), 'paidFen', null);
    expect(mappingProblems(mapping, HEADERS)).toEqual({ orderNo: '必填：请选择一列', paidFen: '必填：请选择一列' });
    expect(mappingBlockReason('我的订单表.csv', mapping, HEADERS)).toBe('「我的订单表.csv」的对应列还没选好：请选择哪一列是订单号、实付金额。');
  });

  it('refuses the same column for two fields, saying which fields share it', () => {
    const mapping = withField(GUESS, 'buyerNick', '单号');
    expect(mappingProblems(mapping, HEADERS)).toEqual({
      orderNo: '这一列也选给了买家账号',
      buyerNick: '这一列也选给了订单号',
    });
    expect(mappingBlockReason('a.csv', mapping, HEADERS)).toBe('「a.csv」的对应列还没选好：「单号」选给了两个字段，一列只能对应一个字段。');
  });

  it('refuses a column the file does not have', () => {
    const mapping = withField(GUESS, 'title', '商品');
    expect(mappingProblems(mapping, HEADERS)).toEqual({ title: '文件里没有「商品」列' });
    expect(mappingBlockReason('a.csv', mapping, HEADERS)).toBe('「a.csv」的对应列还没选好：请为商品名称重新选择列。');
  });

  it('puts every kind of problem into one sentence', () => {
    const mapping = withField(withField(withField(GUESS, 'status', null), 'buyerNick', '手机'), 'title', '商品');
    expect(mappingBlockReason('a.csv', mapping, HEADERS)).toBe(
      '「a.csv」的对应列还没选好：请选择哪一列是订单状态；「手机」选给了两个字段，一列只能对应一个字段；请为商品名称重新选择列。',
    );
  });
});

describe('which mapping is shown, used and sent', () => {
  it('always shows and sends the guessed mapping of a file that needs one', () => {
    expect(isMappingShown(inspection(), undefined)).toBe(true);
    expect(effectiveMapping(inspection(), undefined)).toEqual(GUESS);
    expect(mappingToSend(inspection(), undefined)).toEqual(GUESS);
    expect(mappingToSend(inspection({ mapping: null }), undefined)).toEqual({});
    expect(effectiveMapping(inspection({ mapping: null }), undefined)).toEqual({});
  });

  it('sends nothing for an untouched preset or Taobao file, and the owner’s mapping once it was shown', () => {
    expect(isMappingShown(JD, undefined)).toBe(false);
    expect(mappingToSend(JD, undefined)).toBeUndefined();
    expect(mappingToSend(TAOBAO, undefined)).toBeUndefined();
    expect(effectiveMapping(TAOBAO, undefined)).toBeNull();
    const mine = withField(GUESS, 'title', '颜色');
    expect(isMappingShown(JD, mine)).toBe(true);
    expect(effectiveMapping(JD, mine)).toBe(mine);
    expect(mappingToSend(JD, mine)).toBe(mine);
  });
});

describe('previewMappings', () => {
  const files = [
    { name: '我的订单表.csv', uploadId: 'u1' },
    { name: 'jd.csv', uploadId: 'u2' },
    { name: 'ExportOrderList.csv', uploadId: 'u3' },
  ];
  const inspections = { u1: ready(inspection()), u2: ready(JD), u3: ready(TAOBAO) };

  it('passes only the mappings of files that need one or whose mapping the owner opened', () => {
    expect(previewMappings(files, inspections, {})).toEqual({ u1: GUESS });
    const mine = withField(GUESS, 'createdAt', '下单日期');
    expect(previewMappings(files, inspections, { u1: mine, u2: JD.mapping! })).toEqual({ u1: mine, u2: JD.mapping });
  });

  it('is undefined when no file has a mapping to pass, and ignores files not inspected', () => {
    expect(previewMappings(files.slice(1), inspections, {})).toBeUndefined();
    expect(previewMappings([{ name: 'x.csv', uploadId: 'u9' }], { u9: { status: 'failed', message: '坏了' } }, {})).toBeUndefined();
    expect(previewMappings([{ name: 'x.csv', uploadId: null }], {}, {})).toBeUndefined();
  });
});

describe('previewBlock', () => {
  it('waits while a file is still being recognised', () => {
    expect(previewBlock([{ name: 'a.csv', uploadId: 'u1' }], { u1: { status: 'loading' } }, {})).toEqual({ message: '正在识别文件…', waiting: true });
    expect(previewBlock([{ name: 'a.csv', uploadId: 'u1' }], {}, {})).toEqual({ message: '正在识别文件…', waiting: true });
  });

  it('blocks on an incomplete mapping, the guess or the owner’s, with the reason', () => {
    const files = [{ name: '我的订单表.csv', uploadId: 'u1' }];
    const incomplete = ready(inspection({ mapping: { orderNo: '单号' } }));
    expect(previewBlock(files, { u1: incomplete }, {})).toEqual({
      message: '「我的订单表.csv」的对应列还没选好：请选择哪一列是订单状态、实付金额。',
      waiting: false,
    });
    expect(previewBlock(files, { u1: incomplete }, { u1: GUESS })).toBeNull();
    expect(previewBlock(files, { u1: ready(inspection()) }, { u1: withField(GUESS, 'status', '单号') })?.message).toBe(
      '「我的订单表.csv」的对应列还没选好：「单号」选给了两个字段，一列只能对应一个字段。',
    );
  });

  it('lets a preset, a Taobao file or a file that could not be inspected through (the preview says what is wrong)', () => {
    const files = [
      { name: 'jd.csv', uploadId: 'u2' },
      { name: 'ExportOrderList.csv', uploadId: 'u3' },
      { name: 'x.csv', uploadId: 'u4' },
    ];
    expect(previewBlock(files, { u2: ready(JD), u3: ready(TAOBAO), u4: { status: 'failed', message: '坏了' } }, {})).toBeNull();
  });
});

describe('recognitionText and mappingExplanation', () => {
  it('says what each file was recognised as and where its columns come from', () => {
    expect(recognitionText(TAOBAO, false)).toBe('识别为：淘宝/天猫订单报表（71 列）');
    expect(recognitionText(JD, false)).toBe('识别为：京东订单（40 列），已按标准导出对应好列');
    expect(recognitionText(JD, true)).toBe('识别为：京东订单（40 列），按下面的对应列导入');
    expect(recognitionText(inspection({ mappingSource: 'remembered', needsMapping: false }), false)).toBe(
      '识别为：之前导入过的表格（7 列），按上次确认的对应列导入',
    );
    expect(recognitionText(inspection(), true)).toBe('不是平台的标准导出（7 列）：请在下面选好每一列对应什么');
  });

  it('explains the panel: the guess must be confirmed and will be remembered', () => {
    expect(mappingExplanation(inspection())).toBe(
      '这个文件不是淘宝/京东/拼多多/抖店/有赞的标准导出，请告诉我们每一列是什么；确认后会记住，下次同样的表格自动对应。',
    );
    expect(mappingExplanation(JD)).toBe('这是按京东订单标准导出自动对应的列；如有不对，在这里改，确认导入后会记住，下次同样的表格按你改的对应。');
    expect(mappingExplanation(inspection({ mappingSource: 'remembered' }))).toMatch(/上次确认导入时记住/);
  });
});

describe('the sample table', () => {
  it('shows only the mapped columns, in field order, under the field names, with the cells they would read', () => {
    const mapping = withField(GUESS, 'createdAt', '下单日期');
    const columns = sampleColumns(mapping, HEADERS);
    expect(columns.map((c) => [c.title, c.header])).toEqual([
      ['订单号', '单号'],
      ['订单状态', '状态'],
      ['手机', '手机'],
      ['下单时间', '下单日期'],
      ['实付金额', '实付'],
    ]);
    expect(sampleRecords(columns, HEADERS, ROWS)).toEqual([
      { key: 0, orderNo: 'A001', status: '交易成功', phone: '13911112222', createdAt: '2024-05-01 10:00:00', paidFen: '88.00' },
      { key: 1, orderNo: 'A002', status: '交易成功', phone: '13911112222', createdAt: '2024-05-03 10:00:00', paidFen: '12.50' },
    ]);
  });

  it('leaves out a column the file does not have, and reads a short row as blank', () => {
    const columns = sampleColumns({ orderNo: '单号', title: '商品', skuProps: '颜色' }, HEADERS);
    expect(columns.map((c) => c.field)).toEqual(['orderNo', 'skuProps']);
    expect(sampleRecords(columns, HEADERS, [['A003']])).toEqual([{ key: 0, orderNo: 'A003', skuProps: '' }]);
  });
});

describe('inspectionFailureText', () => {
  it('shows a refusal’s reason, and for anything else points to 预览 instead of an internal error', () => {
    expect(inspectionFailureText({ code: 'REJECTED', message: '文件是空的。' })).toBe('没能读出这个文件的表头：文件是空的。');
    expect(inspectionFailureText({ code: 'INTERNAL', message: '程序内部出错' })).toBe('没能先读出这个文件的表头；点「预览」会说明原因。');
    expect(inspectionFailureText({ message: 'Failed to fetch' })).toBe('没能先读出这个文件的表头；点「预览」会说明原因。');
  });
});
