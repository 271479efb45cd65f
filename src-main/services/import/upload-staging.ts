import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { UploadDto } from '../../contract';
import { UserFacingError } from '../user-facing-error';

interface Upload {
  id: string;
  fileName: string;
  size: number;
  path: string;
  received: number;
}

export class UploadError extends UserFacingError {
  override name = 'UploadError';
}

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Files on their way in from the window: written piece by piece into a staging folder next to the
 * book, so a 600 MB export never sits in memory and the import reads it like any file. Each
 * running backend has a folder of its own under `stagingRoot` (several may share a book folder);
 * folders left by a crash are removed after a day. A committed or discarded upload is deleted.
 */
export function createUploadStaging(stagingRoot: string, now: () => Date = () => new Date()) {
  mkdirSync(stagingRoot, { recursive: true });
  removeStaleFolders(stagingRoot, now().getTime());
  const stagingDir = join(stagingRoot, randomUUID());
  mkdirSync(stagingDir, { recursive: true });
  const uploads = new Map<string, Upload>();
  const dto = (u: Upload): UploadDto => ({ uploadId: u.id, received: u.received, size: u.size });
  const get = (id: string): Upload => {
    const upload = uploads.get(id);
    if (!upload) throw new UploadError('找不到这个上传（可能已经导入或被取消），请重新选择文件。');
    return upload;
  };
  return {
    begin(fileName: string, size: number): UploadDto {
      const id = randomUUID();
      const path = join(stagingDir, `${id}.part`);
      closeSync(openSync(path, 'w'));
      const upload = { id, fileName, size, path, received: 0 };
      uploads.set(id, upload);
      return dto(upload);
    },
    append(id: string, offset: number, data: Uint8Array): UploadDto {
      const upload = get(id);
      if (offset !== upload.received) throw new UploadError(`上传顺序乱了：应从第 ${upload.received} 字节继续，收到的是第 ${offset} 字节。请重新选择文件。`);
      if (upload.received + data.length > upload.size) throw new UploadError(`收到的内容比文件大小（${upload.size} 字节）多，请重新选择文件。`);
      const fd = openSync(upload.path, 'r+');
      try {
        writeSync(fd, data, 0, data.length, offset);
      } finally {
        closeSync(fd);
      }
      upload.received += data.length;
      return dto(upload);
    },
    /** A fully received upload, ready to import. */
    complete(id: string): { fileName: string; path: string; size: number } {
      const upload = get(id);
      if (upload.received !== upload.size || statSync(upload.path).size !== upload.size) {
        throw new UploadError(`「${upload.fileName}」还没有上传完（${upload.received}/${upload.size} 字节），请重新选择文件。`);
      }
      return { fileName: upload.fileName, path: upload.path, size: upload.size };
    },
    discard(id: string): boolean {
      const upload = uploads.get(id);
      if (!upload) return false;
      uploads.delete(id);
      rmSync(upload.path, { force: true });
      return true;
    },
    /** Deletes this backend's folder and everything still in it. */
    close(): void {
      uploads.clear();
      rmSync(stagingDir, { recursive: true, force: true });
    },
  };
}

function removeStaleFolders(root: string, nowMs: number): void {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    try {
      if (nowMs - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another backend may be removing it at the same moment.
    }
  }
}

export type UploadStaging = ReturnType<typeof createUploadStaging>;
