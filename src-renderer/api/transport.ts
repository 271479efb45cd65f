import type { ApiResult, PushEvent } from '@contract';

/** How the renderer reaches the backend; chosen once at start (Electron IPC or HTTP). */
export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  /**
   * Someone signed in or out at this window. The browser's event stream is refused without a
   * session and is tied to the one it was opened with, so it has to be opened again.
   */
  sessionChanged(signedIn: boolean): void;
}
