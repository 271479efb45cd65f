import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../src-main/electron/permissions';
import { isTrustedAppUrl } from '../../src-main/electron/trusted-origin';

describe('web permissions in the desktop window', () => {
  it('lets the app write to the clipboard so staff can copy prepared messages', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://zhanggui/index.html', isTrustedAppUrl)).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial'])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission, 'app://zhanggui/index.html', isTrustedAppUrl)).toBe(false);
  });

  it('refuses even the clipboard to a page that is not the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', isTrustedAppUrl)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, isTrustedAppUrl)).toBe(false);
  });
});
