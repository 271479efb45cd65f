import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Every window's web content is untrusted: isolated, sandboxed, no Node.js in any frame, no <webview>. */
const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  spellcheck: false,
};

/**
 * The main window: the renderer is treated as untrusted web content. Isolated and sandboxed,
 * no Node.js in any frame, no <webview>; it reaches the backend only through the preload's
 * `window.crm`.
 */
export function buildWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    title: '掌柜客户本',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#f5f5f5',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      ...LOCKED_DOWN,
      preload: preloadPath,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/**
 * The hidden window that prints the report to PDF: our own page with every figure written in, so
 * no script runs in it at all, and nothing of the app's bridge.
 */
export function buildPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...LOCKED_DOWN, javascript: false },
  };
}
