import type { BookCheckRepo, CheckFinding } from '../db/repos/book-check-repo';

export interface BookCheckResult {
  ok: boolean;
  /** One line per problem found, in Chinese; empty when all is well. */
  problems: string[];
  integrity: string[];
  findings: Record<'ordersWithoutCustomer' | 'customerFiguresOff' | 'linesWithoutOrder', CheckFinding>;
  foreignKeyProblems: number;
}

const ids = (f: CheckFinding) => (f.sampleIds.length ? `（例如编号 ${f.sampleIds.join('、')}）` : '');

/** `zhanggui check`: SQLite's integrity check and the book's own rules, in words an owner can pass on. */
export function checkBook(repo: BookCheckRepo): BookCheckResult {
  const integrity = repo.integrity();
  const findings = {
    ordersWithoutCustomer: repo.ordersWithoutCustomer(),
    customerFiguresOff: repo.customerFiguresOff(),
    linesWithoutOrder: repo.linesWithoutOrder(),
  };
  const foreignKeyProblems = repo.foreignKeys();
  const problems: string[] = [];
  if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`数据库文件损坏：${integrity.slice(0, 5).join('；')}`);
  if (findings.ordersWithoutCustomer.count > 0) problems.push(`${findings.ordersWithoutCustomer.count} 笔订单没有对应的客户${ids(findings.ordersWithoutCustomer)}`);
  if (findings.customerFiguresOff.count > 0) problems.push(`${findings.customerFiguresOff.count} 位客户的订单数或金额与订单对不上${ids(findings.customerFiguresOff)}`);
  if (findings.linesWithoutOrder.count > 0) problems.push(`${findings.linesWithoutOrder.count} 条宝贝记录没有对应的订单${ids(findings.linesWithoutOrder)}`);
  if (foreignKeyProblems > 0) problems.push(`${foreignKeyProblems} 处记录指向已不存在的数据`);
  return { ok: problems.length === 0, problems, integrity, findings, foreignKeyProblems };
}
