import type { Backend } from '../../src-main/backend';
import type { ImportJobDto, PushEvent } from '../../src-main/contract';

/** Sends a file the way the window does: uploads.begin, then base64 pieces with uploads.append. */
export async function uploadFile(backend: Backend, fileName: string, bytes: Uint8Array, pieceBytes = 64 * 1024): Promise<string> {
  const begun = await backend.dispatch('uploads.begin', { fileName, size: bytes.length });
  if (!begun.ok) throw new Error(begun.error.message);
  const { uploadId } = begun.data as { uploadId: string };
  for (let offset = 0; offset < bytes.length; offset += pieceBytes) {
    const piece = bytes.subarray(offset, offset + pieceBytes);
    const appended = await backend.dispatch('uploads.append', { uploadId, offset, dataBase64: Buffer.from(piece).toString('base64') });
    if (!appended.ok) throw new Error(appended.error.message);
  }
  return uploadId;
}

/** Resolves with the next `imports.finished` event of the job. */
export function whenFinished(backend: Backend, jobId: string): Promise<ImportJobDto> {
  return new Promise((resolve) => {
    const stop = backend.subscribe((event: PushEvent) => {
      if (event.event === 'imports.finished' && (event.payload as ImportJobDto).jobId === jobId) {
        stop();
        resolve(event.payload as ImportJobDto);
      }
    });
  });
}

export async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}
