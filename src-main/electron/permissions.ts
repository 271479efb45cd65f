/**
 * Web permissions the renderer may have: only writing to the clipboard, which staff use to copy
 * prepared messages into 旺旺/WeChat. Camera, microphone, location, notifications, reading the
 * clipboard and everything else are refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, isTrustedUrl: (url: string | undefined) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl);
}
