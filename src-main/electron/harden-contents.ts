import type { WebContents } from 'electron';

type Hardenable = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * No new windows, no navigation away from the app, no <webview>: a link or script in the
 * renderer can never turn the window into a browser for another site.
 */
export function hardenWebContents(contents: Hardenable): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
