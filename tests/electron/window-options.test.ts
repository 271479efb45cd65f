import { describe, expect, it } from 'vitest';
import { buildPrintWindowOptions, buildWindowOptions } from '../../src-main/electron/window-options';

describe('buildWindowOptions', () => {
  it('isolates and sandboxes the renderer, with no Node.js anywhere', () => {
    const options = buildWindowOptions('/app/dist/main/preload.cjs', '/app/assets/icon.png');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.icon).toBe('/app/assets/icon.png');
    expect(options.show).toBe(false);
    expect(options.title).toBe('掌柜客户本');
  });

  it('leaves the icon out when none is given', () => {
    const options = buildWindowOptions('/p.cjs');
    expect('icon' in options).toBe(false);
    expect(options.webPreferences?.preload).toBe('/p.cjs');
  });
});

describe('buildPrintWindowOptions', () => {
  it('prints the report in a hidden window where no script runs and nothing of the app is reachable', () => {
    const options = buildPrintWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ javascript: false, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});
