/** The renderer is served from this origin by the app:// protocol handler and from nowhere else. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'zhanggui';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for a frame showing the app's own pages; anything else may not call the backend. */
export function isTrustedAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
