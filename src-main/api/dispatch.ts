import {
  isMethodName,
  methods,
  type ApiResult,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
} from '../contract';
import { maskPersonalData } from '../core/mask-personal-data';
import { UserFacingError } from '../services/user-facing-error';
import { describeProblems, parseInput, toFieldProblems } from './input-problems';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, rawInput: unknown) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Receives one line per unexpected failure, personal data already masked. */
  logError: (line: string) => void;
}

const INTERNAL_MESSAGE = '程序内部出错，这次操作没有完成，数据没有改动。详细信息已写入日志，请把日志发给我们。';

/** The one entry point of every transport: name → validate → handler → {ok,data} | {ok:false,error}. */
export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `没有这个功能：${truncate(method)}。请更新掌柜客户本或检查调用的名称。` },
      };
    }
    const parsed = parseInput(methods[method].input, rawInput ?? {});
    if (!parsed.success) {
      const details = toFieldProblems(parsed.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: describeProblems(details), details } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const data = await handler(parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: { code: 'REJECTED', message: error.message } };
      options.logError(maskPersonalData(`[${method}] ${describeError(error)}`));
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
