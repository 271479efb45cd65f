import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { PushEvent } from '../contract/events';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type CrmBridge } from '../contract/window-bridge';

// Exposes exactly two functions; the renderer never sees ipcRenderer itself.
const bridge: CrmBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  on: (listener) => {
    const forward = (_event: IpcRendererEvent, pushed: PushEvent) => listener(pushed);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('crm', bridge);
