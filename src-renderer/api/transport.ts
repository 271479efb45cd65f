import type { ApiResult, PushEvent } from '@contract';

/** How the renderer reaches the backend; chosen once at start (Electron IPC or HTTP). */
export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}
