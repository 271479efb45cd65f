import { z } from 'zod';
import type { FieldProblem } from '../contract';

const chineseMessages = z.locales.zhCN().localeError;

/** Validates with Chinese messages; the schema's own messages win where it has them. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown) {
  return schema.safeParse(raw, { error: chineseMessages });
}

export function toFieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    // zod reports unknown keys on the enclosing object; name each key as the field at fault.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: '不认识这个参数' }));
    }
    return [{ path: at.join('.'), message: issue.message }];
  });
}

/** One sentence for the user: 参数有误：pageSize：数值过大… */
export function describeProblems(problems: FieldProblem[]): string {
  const parts = problems.map((p) => (p.path ? `${p.path}：${p.message}` : p.message));
  return `参数有误：${parts.join('；')}`;
}
