import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../src-main/api/dispatch';
import { methods, type ApiResult } from '../../src-main/contract';

/** A full table whose unused methods fail loudly, with the ones a test exercises filled in. */
function handlerTable(used: Partial<Handlers>): Handlers {
  const unused = Object.fromEntries(
    Object.keys(methods).map((name) => [name, () => Promise.reject(new Error(`${name} is not used in this test`))]),
  );
  return { ...unused, ...used } as Handlers;
}

const CHINESE = /[\u4e00-\u9fff]/;
const EMPTY_STATS = { customers: 0, orders: 0, orderLines: 0, ordersByStatus: { unpaid: 0, paid: 0, shipped: 0, completed: 0, closed: 0, other: 0 }, netSalesFen: 0 };

/** A small real handler table; customers.list echoes what it received after validation. */
function setup() {
  const logged: string[] = [];
  const received: unknown[] = [];
  const handlers: Handlers = handlerTable({
    'app.info': () => {
      throw new Error('买家 13812345678 的订单写入失败');
    },
    'settings.get': () => ({ shopName: '小蜜蜂女装', timeZone: 'Asia/Shanghai' }),
    'settings.update': async (input) => ({ shopName: input.shopName ?? '', timeZone: input.timeZone ?? 'Asia/Shanghai' }),
    'customers.list': (input) => {
      received.push(input);
      return { items: [], total: 0, totalCapped: false, page: input.page, pageSize: input.pageSize };
    },
    'stats.get': () => EMPTY_STATS,
  });
  const dispatch = createDispatch(handlers, { logError: (line) => logged.push(line), resolveSession: () => null, audit: () => undefined });
  return { dispatch, logged, received };
}

function errorOf(result: ApiResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe('dispatch', () => {
  it('answers an unknown method with UNKNOWN_METHOD in Chinese, naming it', async () => {
    const { dispatch } = setup();
    const error = errorOf(await dispatch('customers.delete', {}));
    expect(error.code).toBe('UNKNOWN_METHOD');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain('customers.delete');
  });

  it('does not treat inherited object keys as methods', async () => {
    const { dispatch } = setup();
    expect(errorOf(await dispatch('toString', {})).code).toBe('UNKNOWN_METHOD');
    expect(errorOf(await dispatch('__proto__', {})).code).toBe('UNKNOWN_METHOD');
  });

  it.each([
    ['pageSize 0', { pageSize: 0 }, 'pageSize'],
    ["pageSize 'x'", { pageSize: 'x' }, 'pageSize'],
    ['pageSize 201', { pageSize: 201 }, 'pageSize'],
    ['an unknown sort field', { sortField: 'phone' }, 'sortField'],
    ['an unknown key', { pageSize: 20, colour: 'red' }, 'colour'],
  ])('rejects %s with INVALID_INPUT naming the field', async (_name, input, field) => {
    const { dispatch, received } = setup();
    const error = errorOf(await dispatch('customers.list', input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.map((d) => d.path)).toEqual([field]);
    expect(error.details?.[0]?.message).toMatch(CHINESE);
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(field);
    expect(received).toEqual([]);
  });

  it('rejects input that is not an object', async () => {
    const { dispatch } = setup();
    const error = errorOf(await dispatch('customers.list', [1, 2]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(CHINESE);
  });

  it('treats undefined input as {} and fills the defaults', async () => {
    const { dispatch, received } = setup();
    const result = await dispatch('customers.list', undefined);
    expect(result).toEqual({ ok: true, data: { items: [], total: 0, totalCapped: false, page: 1, pageSize: 50 } });
    expect(received).toEqual([{ page: 1, pageSize: 50, sortField: 'lastOrderAt', sortOrder: 'desc' }]);
  });

  it('passes validated input to the handler and wraps its data', async () => {
    const { dispatch } = setup();
    expect(await dispatch('settings.update', { shopName: '  小蜜蜂女装 ' })).toEqual({
      ok: true,
      data: { shopName: '小蜜蜂女装', timeZone: 'Asia/Shanghai' },
    });
  });

  it('turns a thrown error into INTERNAL with the generic Chinese message and logs it masked', async () => {
    const { dispatch, logged } = setup();
    const error = errorOf(await dispatch('app.info', {}));
    expect(error).toEqual({
      code: 'INTERNAL',
      message: '程序内部出错，这次操作没有完成，数据没有改动。详细信息已写入日志，请把日志发给我们。',
    });
    expect(error.message).not.toContain('13812345678');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('[app.info]');
    expect(logged[0]).toContain('138****5678');
    expect(logged[0]).not.toContain('13812345678');
  });

  it('logs thrown non-Error values too', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(handlerTable({ 'app.info': () => Promise.reject('plain string 13912345678') }), { logError, resolveSession: () => null, audit: () => undefined });
    expect(errorOf(await dispatch('app.info', {})).code).toBe('INTERNAL');
    expect(logError).toHaveBeenCalledWith('[app.info] plain string 139****5678');
  });
});
