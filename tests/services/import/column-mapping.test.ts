import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileInspectionDto } from '../../../src-main/contract';
import { bytesSource } from '../../../src-main/services/import/byte-source';
import { ImportRefused } from '../../../src-main/services/import/import-errors';
import { openTestBackend } from '../../helpers/backend';
import { PROJECT_ROOT } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp-dir';
import { uploadFile } from '../../helpers/upload';

// A shop's own order sheet (from an ERP or kept by hand): no platform preset knows it.
const OWN_SHEET = [
  '单号,状态,客户,手机,实付,下单日期,颜色',
  'A001,交易成功,王小花,13911112222,88.00,2024-05-01 10:00:00,红',
  'A002,交易成功,王小花,13911112222,12.50,2024-05-03 10:00:00,蓝',
  'A003,交易关闭,李四,13933334444,40.00,2024-05-04 10:00:00,绿',
].join('\n');
const MAPPING = { orderNo: '单号', status: '状态', buyerNick: '客户', phone: '手机', paidFen: '实付', createdAt: '下单日期' };

const sheet = () => bytesSource('我的订单表.csv', new TextEncoder().encode(OWN_SHEET));

describe('a file no preset knows imports once its columns are mapped, and the mapping is remembered', () => {
  const tempDir = useTempDir();

  it('is refused without a mapping, with a message that says what to do', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      expect(() => backend.importFiles([sheet()], { commit: true })).toThrow(ImportRefused);
      expect(() => backend.importFiles([sheet()], { commit: true })).toThrow(/选择对应的列/);
    } finally {
      backend.close();
    }
  });

  it('imports with the mapping, then recognises the same sheet by its header next time', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const first = backend.importFiles([{ ...sheet(), mapping: MAPPING }], { commit: true });
      expect(first.orders.inserted).toBe(3);
      expect(first.customers.created).toBe(2);
      const stats = await backend.dispatch('stats.get', {});
      expect(stats).toMatchObject({ ok: true, data: { netSalesFen: 8_800 + 1_250 } });

      const second = backend.importFiles([sheet()], { commit: true });
      expect(second.orders).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
    } finally {
      backend.close();
    }
  });

  it('does not remember a mapping that was only previewed', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      backend.importFiles([{ ...sheet(), mapping: MAPPING }], { commit: false });
      expect(() => backend.importFiles([sheet()], { commit: true })).toThrow(ImportRefused);
    } finally {
      backend.close();
    }
  });

  it('imports.inspect shows the header, the first rows and a guessed mapping for an uploaded file', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const bytes = new TextEncoder().encode(OWN_SHEET);
      const begun = await backend.dispatch('uploads.begin', { fileName: '我的订单表.csv', size: bytes.length });
      if (!begun.ok) throw new Error(begun.error.message);
      const { uploadId } = begun.data as { uploadId: string };
      await backend.dispatch('uploads.append', { uploadId, offset: 0, dataBase64: Buffer.from(bytes).toString('base64') });
      const inspected = await backend.dispatch('imports.inspect', { uploadId });
      if (!inspected.ok) throw new Error(inspected.error.message);
      const dto = inspected.data as FileInspectionDto;
      expect(dto.kind).toBe('unknown');
      expect(dto.headers).toEqual(['单号', '状态', '客户', '手机', '实付', '下单日期', '颜色']);
      expect(dto.sampleRows).toHaveLength(3);
      expect(dto.needsMapping).toBe(true);
      expect(dto.mappingSource).toBe('guessed');
      expect(dto.mapping).toMatchObject({ orderNo: '单号', status: '状态', phone: '手机' });
    } finally {
      backend.close();
    }
  });
});

describe('the owner’s corrections to a platform preset are remembered', () => {
  const tempDir = useTempDir();
  // A Youzan export whose 买家昵称 column the owner does not trust: they map the phone only.
  const YOUZAN = ['订单号,订单状态,订单实付金额,买家昵称,买家手机号', 'E1,交易成功,10.00,小兰,13700000001', 'E2,交易成功,20.00,小兰2,13700000001'].join('\n');
  const youzan = () => bytesSource('有赞订单.csv', new TextEncoder().encode(YOUZAN));

  it('uses the corrected mapping, labels the file as mapped, and recalls it next time', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const presetOnly = backend.importFiles([youzan()], { commit: false });
      expect(presetOnly.customers.created).toBe(2);
      const corrected = { orderNo: '订单号', status: '订单状态', paidFen: '订单实付金额', phone: '买家手机号' };
      const first = backend.importFiles([{ ...youzan(), mapping: corrected }], { commit: true });
      expect(first.customers.created).toBe(1);
      const again = backend.importFiles([youzan()], { commit: false });
      expect(again.orders.unchanged).toBe(2);
      expect(again.customers.created).toBe(0);
    } finally {
      backend.close();
    }
  });

  it('labels a mapped custom sheet in the history instead of calling it unknown', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const summary = backend.importFiles([{ ...sheet(), mapping: MAPPING }], { commit: true });
      expect(summary.files[0]!.label).toBe('自定义表格（7 列，按对应列导入）');
    } finally {
      backend.close();
    }
  });
});

describe('imports.inspect on a file that cannot be read', () => {
  const tempDir = useTempDir();

  it('answers REJECTED with the reason in Chinese, not an internal error', async () => {
    const { backend } = await openTestBackend(tempDir());
    try {
      const bytes = readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'xlsx', 'not-a-workbook.xlsx'));
      const uploadId = await uploadFile(backend, 'not-a-workbook.xlsx', bytes);
      const inspected = await backend.dispatch('imports.inspect', { uploadId });
      expect(inspected).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
      expect(!inspected.ok && inspected.error.message).toMatch(/not-a-workbook\.xlsx：.*[\u4e00-\u9fff]/);
    } finally {
      backend.close();
    }
  });
});
