import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths';

// The built preload runs in Electron's sandbox, where only require('electron') is available.
// Here it runs in a bare VM context with a recording stand-in for that one module.
const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'main', 'preload.cjs'), 'utf8');

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invocations: unknown[][] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const requested: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invocations.push(args);
        return Promise.resolve({ ok: true, data: null });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
  };
  const require = (name: string) => {
    requested.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  runInNewContext(bundle, { require, module: { exports: {} }, exports: {} });
  return { exposed, invocations, listeners, requested };
}

describe('the preload bundle', () => {
  it('requires nothing but electron', () => {
    expect(new Set(loadPreload().requested)).toEqual(new Set(['electron']));
  });

  it('exposes window.crm with exactly invoke and on', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['crm']);
    expect(Object.keys(exposed.crm as object).sort()).toEqual(['invoke', 'on']);
  });

  it('sends every call through the one crm:invoke channel', async () => {
    const { exposed, invocations } = loadPreload();
    const crm = exposed.crm as { invoke: (m: string, i: unknown) => Promise<unknown> };
    await crm.invoke('app.info', {});
    expect(invocations).toEqual([['crm:invoke', 'app.info', {}]]);
  });

  it('forwards pushed events without the IPC event object, and unsubscribes', () => {
    const { exposed, listeners } = loadPreload();
    const crm = exposed.crm as { on: (l: (e: unknown) => void) => () => void };
    const received: unknown[] = [];
    const off = crm.on((event) => received.push(event));
    const pushed = { event: 'settings.changed', payload: { shopName: '小蜜蜂', timeZone: 'Asia/Shanghai' } };
    listeners.get('crm:event')?.({ sender: 'ipc-internals' }, pushed);
    expect(received).toEqual([pushed]);
    off();
    expect(listeners.has('crm:event')).toBe(false);
  });
});
