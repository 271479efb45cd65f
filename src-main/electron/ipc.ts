import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Caller } from '../api/caller';
import type { ApiResult } from '../contract/errors';
import { IPC_INVOKE_CHANNEL } from '../contract/window-bridge';
import { isTrustedAppUrl } from './trusted-origin';

type Dispatch = (method: string, rawInput: unknown, caller: Caller) => Promise<ApiResult<unknown>>;

type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender?: { id: number; once?(event: 'destroyed', listener: () => void): void } };

/**
 * The desktop window's sessions: the token stays in the main process, by window, so the page's
 * scripts never hold it; closing the window forgets it (the session then expires on its own).
 */
export function createWindowSessions() {
  const tokens = new Map<number, string>();
  return {
    callerFor(event: InvokeEvent): Caller {
      const id = event.sender?.id ?? -1;
      if (!tokens.has(id)) event.sender?.once?.('destroyed', () => tokens.delete(id));
      return {
        kind: 'window',
        token: tokens.get(id) ?? null,
        remote: null,
        setToken: (token) => (token === null ? tokens.delete(id) : tokens.set(id, token)),
      };
    },
  };
}

export type WindowSessions = ReturnType<typeof createWindowSessions>;

/** One channel for every method; each call's sending frame is checked before it is dispatched. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, sessions: WindowSessions = createWindowSessions()): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(dispatch, event, method, input, sessions));
}

export async function handleInvoke(
  dispatch: Dispatch,
  event: InvokeEvent,
  method: unknown,
  input: unknown,
  sessions: WindowSessions,
): Promise<ApiResult<unknown>> {
  if (!isTrustedAppUrl(event.senderFrame?.url)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问：请求不是来自掌柜客户本的窗口。' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'BAD_REQUEST', message: '请求缺少功能名称。' } };
  }
  return dispatch(method, input, sessions.callerFor(event));
}
