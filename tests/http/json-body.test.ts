import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src-main/http/json-body';

describe('parseJsonText', () => {
  it('returns the parsed value', () => {
    expect(parseJsonText('{"shopName":"小蜜蜂女装"}')).toEqual({ ok: true, value: { shopName: '小蜜蜂女装' } });
  });

  it('reports line and column of a missing comma in a multi-line body', () => {
    const text = '{\n  "shopName": "小蜜蜂女装"\n  "timeZone": "Asia/Shanghai"\n}';
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.message).toContain('第 3 行第 3 列');
    expect(result.message).toMatch(/^请求内容不是有效的 JSON/);
  });

  it('reports line and column of a trailing comma on a later line', () => {
    const result = parseJsonText('{\n  "page": 1,\n  "pageSize": 20,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('第 4 行第 1 列');
  });

  it('reports the end of a truncated body', () => {
    const result = parseJsonText('{"a":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('第 1 行第 6 列');
  });

  it('still answers in Chinese when the position is unknown', () => {
    const result = parseJsonText('[1,\n2,,3]');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(400);
      expect(result.message).toContain('请求内容不是有效的 JSON');
    }
  });
});
