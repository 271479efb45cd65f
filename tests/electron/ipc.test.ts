import { describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../src-main/api/caller';
import type { ApiResult } from '../../src-main/contract/errors';
import { IPC_INVOKE_CHANNEL } from '../../src-main/contract/window-bridge';
import { createWindowSessions, handleInvoke, registerIpc } from '../../src-main/electron/ipc';

const okResult: ApiResult<unknown> = { ok: true, data: { shopName: '小蜜蜂女装' } };

function frame(url: string | undefined) {
  return { senderFrame: { url } } as unknown as Parameters<typeof handleInvoke>[1];
}

describe('handleInvoke', () => {
  it.each(['file:///tmp/evil.html', 'https://evil.example/', undefined])(
    'refuses a call from %s without dispatching it',
    async (url) => {
      const dispatch = vi.fn(async () => okResult);
      const result = await handleInvoke(dispatch, frame(url), 'settings.update', { shopName: 'x' }, createWindowSessions());
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses a call whose frame is gone', async () => {
    const dispatch = vi.fn(async () => okResult);
    const result = await handleInvoke(dispatch, { senderFrame: null } as unknown as Parameters<typeof handleInvoke>[1], 'app.info', {}, createWindowSessions());
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a non-string method with BAD_REQUEST', async () => {
    const dispatch = vi.fn(async () => okResult);
    const result = await handleInvoke(dispatch, frame('app://zhanggui/index.html'), 42, {}, createWindowSessions());
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('dispatches a call from the app page and returns its result', async () => {
    const dispatch = vi.fn(async () => okResult);
    const input = { shopName: '小蜜蜂女装' };
    const result = await handleInvoke(dispatch, frame('app://zhanggui/index.html#/settings'), 'settings.update', input, createWindowSessions());
    expect(result).toBe(okResult);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('settings.update', input, expect.objectContaining({ kind: 'window', token: null, remote: null }));
  });
});

describe('window sessions', () => {
  function windowEvent(id: number) {
    return { senderFrame: { url: 'app://zhanggui/index.html' }, sender: { id, once: vi.fn() } } as unknown as Parameters<typeof handleInvoke>[1];
  }

  it('keeps the token a sign-in gave a window for that window only, and forgets it on sign-out', async () => {
    const sessions = createWindowSessions();
    const seen: (string | null)[] = [];
    const dispatch = vi.fn(async (method: string, _input: unknown, caller: Caller) => {
      if (caller.kind !== 'window') throw new Error('expected a window caller');
      seen.push(caller.token);
      if (method === 'auth.login') caller.setToken('token-of-window-1');
      if (method === 'auth.logout') caller.setToken(null);
      return okResult;
    });
    await handleInvoke(dispatch, windowEvent(1), 'auth.login', {}, sessions);
    await handleInvoke(dispatch, windowEvent(1), 'customers.list', {}, sessions);
    await handleInvoke(dispatch, windowEvent(2), 'customers.list', {}, sessions);
    await handleInvoke(dispatch, windowEvent(1), 'auth.logout', {}, sessions);
    await handleInvoke(dispatch, windowEvent(1), 'customers.list', {}, sessions);
    expect(seen).toEqual([null, 'token-of-window-1', null, 'token-of-window-1', null]);
  });
});

describe('registerIpc', () => {
  it('registers exactly the crm:invoke channel, wired to handleInvoke', async () => {
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (...args: unknown[]) => unknown) => {
        registered.set(channel, listener);
      }),
    };
    const dispatch = vi.fn(async () => okResult);
    registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], dispatch);

    expect(IPC_INVOKE_CHANNEL).toBe('crm:invoke');
    expect([...registered.keys()]).toEqual(['crm:invoke']);
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);

    const listener = registered.get('crm:invoke')!;
    expect(await listener(frame('app://zhanggui/index.html'), 'app.info', {})).toBe(okResult);
    expect(dispatch).toHaveBeenCalledWith('app.info', {}, expect.objectContaining({ kind: 'window' }));
    expect(await listener(frame('http://127.0.0.1/'), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
