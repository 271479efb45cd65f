import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../contract/errors';
import { IPC_INVOKE_CHANNEL } from '../contract/window-bridge';
import { isTrustedAppUrl } from './trusted-origin';

type Dispatch = (method: string, rawInput: unknown) => Promise<ApiResult<unknown>>;

/** One channel for every method; each call's sending frame is checked before it is dispatched. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handleInvoke(dispatch, event, method, input));
}

export async function handleInvoke(
  dispatch: Dispatch,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  if (!isTrustedAppUrl(event.senderFrame?.url)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问：请求不是来自掌柜客户本的窗口。' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'BAD_REQUEST', message: '请求缺少功能名称。' } };
  }
  return dispatch(method, input);
}
