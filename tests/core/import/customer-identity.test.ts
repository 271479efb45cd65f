import { describe, expect, it } from 'vitest';
import { customerIdentity } from '../../../src-main/core/import/customer-identity';

const order = (over: Partial<Parameters<typeof customerIdentity>[0]>) => ({
  orderNo: '2528969504006914256',
  buyerNick: null,
  receiverPhone: null,
  phoneKind: null,
  ...over,
});

describe('customerIdentity (domain.md §1: never merge on masked values alone)', () => {
  it('uses the unmasked buyer nick first', () => {
    expect(customerIdentity(order({ buyerNick: 'tb_lily2019', receiverPhone: '13925130165', phoneKind: 'mobile' }))).toEqual({
      key: 'nick:tb_lily2019',
      kind: 'nick',
    });
  });

  it('falls back to an unmasked mobile number when the nick is masked', () => {
    expect(customerIdentity(order({ buyerNick: 't**9', receiverPhone: '13925130165', phoneKind: 'mobile' }))).toEqual({
      key: 'mobile:13925130165',
      kind: 'mobile',
    });
  });

  it('keeps a fully masked order as a customer of its own', () => {
    expect(customerIdentity(order({ buyerNick: 't**9', receiverPhone: '184****2212', phoneKind: 'masked' }))).toEqual({
      key: 'order:2528969504006914256',
      kind: 'order',
    });
    expect(customerIdentity(order({ buyerNick: null, receiverPhone: '17012345678-1234', phoneKind: 'virtual' })).kind).toBe('order');
  });
});
