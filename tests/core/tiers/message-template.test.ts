import { describe, expect, it } from 'vitest';
import { BIRTHDAY_TEMPLATE_VARIABLES } from '../../../src-main/contract';
import { renderTemplate, templateProblems } from '../../../src-main/core/tiers/message-template';

const values = { 昵称: '小鱼儿', 姓名: '余晓', 等级: 'VIP会员', 优惠: '无门槛 20 元券', 生日: '农历八月十五', 店铺: '阿花的小店' };

describe('renderTemplate', () => {
  it('replaces every #变量#, as often as it appears', () => {
    expect(renderTemplate('#昵称#（#姓名#），#店铺#祝您生日快乐！#等级#专享#优惠#，#生日#见。#昵称#', values)).toBe(
      '小鱼儿（余晓），阿花的小店祝您生日快乐！VIP会员专享无门槛 20 元券，农历八月十五见。小鱼儿',
    );
  });

  it('replaces variables written back to back', () => {
    expect(renderTemplate('#昵称##店铺#', values)).toBe('小鱼儿阿花的小店');
  });

  it('leaves an unknown variable as written', () => {
    expect(renderTemplate('#生曰#快乐，#昵称#', values)).toBe('#生曰#快乐，小鱼儿');
    expect(renderTemplate('#constructor# #toString#', {})).toBe('#constructor# #toString#');
  });

  it('keeps a lone # and #…# with spaces as plain text', () => {
    expect(renderTemplate('#1 号款 8折，满 100 减 #10', values)).toBe('#1 号款 8折，满 100 减 #10');
    expect(renderTemplate('第 # 位 # 客户', values)).toBe('第 # 位 # 客户');
    expect(renderTemplate('#昵称', values)).toBe('#昵称');
  });

  it('does not expand variables inside the values', () => {
    expect(renderTemplate('#昵称#', { 昵称: '#店铺#' })).toBe('#店铺#');
  });

  it('puts in an empty value as nothing', () => {
    expect(renderTemplate('生日快乐#优惠#！', { 优惠: '' })).toBe('生日快乐！');
  });
});

describe('templateProblems', () => {
  const available = '可用的有：#昵称# #姓名# #等级# #优惠# #生日# #店铺#';

  it('names each unknown variable once, with the ones that can be used', () => {
    expect(templateProblems('#生曰#快乐，#昵称#！#生曰#', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([`不认识的变量 #生曰#，${available}`]);
    expect(templateProblems('#名字# #折扣#', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([
      `不认识的变量 #名字#，${available}`,
      `不认识的变量 #折扣#，${available}`,
    ]);
  });

  it('accepts the allowed names written without the # marks', () => {
    expect(templateProblems('#生曰#', ['昵称', '姓名', '等级', '优惠', '生日', '店铺'])).toEqual([`不认识的变量 #生曰#，${available}`]);
  });

  it('finds nothing wrong with known variables, a lone # or plain text', () => {
    expect(templateProblems('#昵称#，#店铺#祝您生日快乐！#优惠#', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([]);
    expect(templateProblems('#1 号款 8折，满 100 减 #10', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([]);
    expect(templateProblems('#昵称', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([]);
    expect(templateProblems('', BIRTHDAY_TEMPLATE_VARIABLES)).toEqual([]);
  });

  it('says so when no variables may be used at all', () => {
    expect(templateProblems('#昵称#', [])).toEqual(['不认识的变量 #昵称#，这里不能用变量']);
  });
});
