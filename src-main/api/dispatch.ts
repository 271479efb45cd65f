import {
  isMethodName,
  methods,
  roleMayCall,
  type ApiResult,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
  type MethodSpec,
} from '../contract';
import { describeForAudit } from '../core/audit/audit-detail';
import { maskPhoneFields } from '../core/auth/mask-phone-fields';
import { maskPersonalData } from '../core/mask-personal-data';
import { ForbiddenError } from '../services/auth/forbidden-error';
import { COMMAND_LINE, type Principal } from '../services/auth/principal';
import { UserFacingError } from '../services/user-facing-error';
import { LOCAL_CALLER, type CallContext, type Caller } from './caller';
import { describeProblems, parseInput, toFieldProblems } from './input-problems';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>, context: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** Without a caller: the command line and in-process callers (acting as the owner, recorded as 命令行). */
export type Dispatch = (method: string, rawInput: unknown, caller?: Caller) => Promise<ApiResult<unknown>>;

export interface DispatchOptions {
  /** Receives one line per unexpected failure, personal data already masked. */
  logError: (line: string) => void;
  /** The signed-in principal of a window's token, or null. */
  resolveSession: (token: string | null) => Principal | null;
  /** Appends to the audit log (操作记录). */
  audit: (principal: Principal | null, action: string, label: string, detail: string, customerId: number | null) => void;
}

const INTERNAL_MESSAGE = '程序内部出错，这次操作没有完成，数据没有改动。详细信息已写入日志，请把日志发给我们。';
const SIGN_IN_MESSAGE = '请先登录：这个窗口还没有登录，或登录已过期（12 小时没有使用）、账号已停用。';
const OWNER_ONLY_MESSAGE = '没有权限：这个操作只有店主可以做。';

/** A 客服 sees phones masked everywhere; 查看号码 is the one way to a whole number, and it is recorded. */
const SHOWS_WHOLE_PHONE: ReadonlySet<MethodName> = new Set(['customers.revealPhone']);

/**
 * The one entry point of every transport: name → who is calling and may they → validate →
 * handler → audit → {ok,data} | {ok:false,error}.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  return async (method, rawInput, caller = LOCAL_CALLER) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `没有这个功能：${truncate(method)}。请更新掌柜客户本或检查调用的名称。` },
      };
    }
    const spec: MethodSpec = methods[method];
    const principal = caller.kind === 'local' ? COMMAND_LINE : options.resolveSession(caller.token);
    if (spec.access !== 'public' && !principal) return { ok: false, error: { code: 'UNAUTHENTICATED', message: SIGN_IN_MESSAGE } };
    if (principal && !roleMayCall(principal.role, spec.access)) {
      safely(options, method, () => options.audit(principal, 'denied', '被拒绝的操作', `${method}（${spec.audit ?? '只有店主可以做'}）`, null));
      return { ok: false, error: { code: 'FORBIDDEN', message: OWNER_ONLY_MESSAGE } };
    }
    const parsed = parseInput(spec.input, rawInput ?? {});
    if (!parsed.success) {
      const details = toFieldProblems(parsed.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: describeProblems(details), details } };
    }
    const input = spec.actor && principal?.role === 'staff' ? { ...(parsed.data as object), staffId: principal.staffId } : parsed.data;
    let data: unknown;
    try {
      const handler = handlers[method] as (input: unknown, context: CallContext) => unknown;
      data = await handler(input, { caller, principal });
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: { code: 'REJECTED', message: error.message } };
      if (error instanceof ForbiddenError) return { ok: false, error: { code: 'FORBIDDEN', message: error.message } };
      options.logError(maskPersonalData(`[${method}] ${describeError(error)}`));
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
    const label = spec.audit;
    if (label) {
      // The work is done: a failing audit write is logged, never turned into a failed call.
      const { detail, customerId } = describeForAudit(method, input, data);
      safely(options, method, () => options.audit(principal, method, label, detail, customerId));
    }
    const masked = principal?.role === 'staff' && !SHOWS_WHOLE_PHONE.has(method) ? maskPhoneFields(data) : data;
    return { ok: true, data: masked };
  };
}

function safely(options: DispatchOptions, method: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    options.logError(maskPersonalData(`[audit ${method}] ${describeError(error)}`));
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
