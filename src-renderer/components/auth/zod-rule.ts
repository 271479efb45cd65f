import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { ApiCallError } from '../../api/api-call-error';

/**
 * A form rule that asks the contract's own schema, so the page says exactly what the backend would
 * refuse (密码至少 6 位) without a second copy of the rules here.
 */
export function schemaRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const checked = schema.safeParse(value ?? '');
      if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? '填写有误');
    },
  };
}

/**
 * Puts a refused call's field problems under their fields; returns the sentence for everything
 * else (wrong password, too many attempts — shown as the backend wrote it).
 */
export function showCallError(form: FormInstance, error: unknown, fields: readonly string[]): string | undefined {
  if (error instanceof ApiCallError) {
    const onFields = error.details.filter((d) => fields.includes(d.path));
    if (onFields.length > 0) {
      form.setFields(onFields.map((d) => ({ name: d.path, errors: [d.message] })));
      return undefined;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : '没有完成，请重试。';
}
