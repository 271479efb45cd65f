import { describe, expect, it } from 'vitest';
import { describeForAudit } from '../../../src-main/core/audit/audit-detail';

describe('audit details', () => {
  it('says what an export wrote', () => {
    expect(describeForAudit('customers.export', { format: 'xlsx' }, { fileName: '客户-20261122-093000.xlsx', rows: 12345 })).toEqual({
      detail: '12,345 位客户，XLSX，文件 客户-20261122-093000.xlsx',
      customerId: null,
    });
  });

  it('names the customer of a reveal or an erasure', () => {
    expect(describeForAudit('customers.revealPhone', { id: 42 }, { id: 42, phone: '13812341234' })).toEqual({ detail: '客户 #42', customerId: 42 });
    expect(describeForAudit('customers.erase', { id: 9, reason: '张三本人要求' }, { reason: '***本人要求', ordersAnonymised: 3 })).toEqual({
      detail: '客户 #9；原因：***本人要求；匿名化订单 3 笔',
      customerId: 9,
    });
  });

  it('never writes a password, and masks phones in what was sent', () => {
    const line = describeForAudit('accounts.resetPassword', { id: 3, password: 'hunter2-secret' }, { name: '小美' });
    expect(line.detail).toBe('账号：小美');
    const changed = describeForAudit('settings.update', { shopName: '小店 13812341234' }, {});
    expect(changed.detail).toBe('shopName="小店 138****1234"');
    expect(describeForAudit('auth.changePassword', { current: 'old-one-1', next: 'new-one-2' }, {}).detail).toBe('');
  });
});
