import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { bytesToBase64 } from '../api/base64';
import { uploadPercent } from '../format/import-summary';

/** The contract's limit per uploads.append call (MAX_UPLOAD_CHUNK_BYTES). */
const PIECE_BYTES = 4 * 1024 * 1024;

export interface ChosenFile {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'uploaded' | 'failed';
  /** 0–100 */
  percent: number;
  uploadId: string | null;
  /** Why the upload failed, in Chinese. */
  error: string | null;
}

export interface UploadsControls {
  files: ChosenFile[];
  /** At least one file, and every file fully uploaded. */
  ready: boolean;
  add(files: File[]): void;
  /** Drops a chosen file; its uploaded bytes are deleted unless an import job has them. */
  remove(key: string): void;
  /** Drops every chosen file. */
  clear(): void;
  /** An import job now uses these uploads (the backend deletes them once they are committed). */
  handOver(): string[];
  /** The job ended without a commit: the uploads are this page's again (the backend keeps them). */
  reclaim(): void;
}

const fileKey = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

/**
 * Files chosen for import, each sent to the backend in 4 MiB pieces (File.slice → base64 →
 * uploads.begin / uploads.append) as soon as it is chosen, with its progress.
 */
export function useUploads(): UploadsControls {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const sources = useRef(new Map<string, File>());
  /** The current sending run of each file; a removed or restaged file's old run stops. */
  const runs = useRef(new Map<string, number>());
  const nextRun = useRef(1);
  /** Uploads this window must delete itself (not yet handed to an import job). */
  const owned = useRef(new Set<string>());

  const patch = useCallback((key: string, change: Partial<ChosenFile>) => {
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));
  }, []);

  const discard = useCallback((uploadId: string) => {
    owned.current.delete(uploadId);
    void api.call('uploads.discard', { uploadId }).catch(() => {});
  }, []);

  const send = useCallback(
    async (key: string, file: File) => {
      const run = nextRun.current++;
      runs.current.set(key, run);
      const alive = () => runs.current.get(key) === run;
      let uploadId: string | null = null;
      try {
        const begun = await api.call('uploads.begin', { fileName: file.name, size: file.size });
        uploadId = begun.uploadId;
        owned.current.add(uploadId);
        if (!alive()) return discard(uploadId);
        patch(key, { uploadId });
        for (let offset = 0; offset < file.size; offset += PIECE_BYTES) {
          const piece = await readPiece(file, offset);
          if (!alive()) return discard(uploadId);
          const answer = await api.call('uploads.append', { uploadId, offset, dataBase64: bytesToBase64(piece) });
          if (!alive()) return discard(uploadId);
          patch(key, { percent: uploadPercent(answer.received, answer.size) });
        }
        patch(key, { status: 'uploaded', percent: 100 });
      } catch (error) {
        if (uploadId) discard(uploadId);
        if (!alive()) return;
        patch(key, { status: 'failed', uploadId: null, error: error instanceof Error ? error.message : String(error) });
      }
    },
    [discard, patch],
  );

  const add = useCallback(
    (chosen: File[]) => {
      const fresh = chosen.filter((file, index) => {
        const key = fileKey(file);
        return !sources.current.has(key) && chosen.findIndex((other) => fileKey(other) === key) === index;
      });
      if (fresh.length === 0) return;
      for (const file of fresh) sources.current.set(fileKey(file), file);
      setFiles((list) => [
        ...list,
        ...fresh.map((file) => ({
          key: fileKey(file),
          name: file.name,
          size: file.size,
          status: 'uploading' as const,
          percent: 0,
          uploadId: null,
          error: null,
        })),
      ]);
      for (const file of fresh) void send(fileKey(file), file);
    },
    [send],
  );

  const remove = useCallback(
    (key: string) => {
      runs.current.delete(key);
      sources.current.delete(key);
      const uploadId = files.find((f) => f.key === key)?.uploadId;
      if (uploadId && owned.current.has(uploadId)) discard(uploadId);
      setFiles((list) => list.filter((f) => f.key !== key));
    },
    [files, discard],
  );

  const clear = useCallback(() => {
    runs.current.clear();
    sources.current.clear();
    for (const uploadId of [...owned.current]) discard(uploadId);
    setFiles([]);
  }, [discard]);

  const handOver = useCallback(() => {
    const ids = files.flatMap((f) => (f.uploadId ? [f.uploadId] : []));
    for (const id of ids) owned.current.delete(id);
    return ids;
  }, [files]);

  const reclaim = useCallback(() => {
    for (const f of files) if (f.uploadId) owned.current.add(f.uploadId);
  }, [files]);

  // Leaving the page: stop sending, and delete what was uploaded but never handed to an import.
  useEffect(() => {
    const sending = runs.current;
    const mine = owned.current;
    return () => {
      sending.clear();
      for (const uploadId of [...mine]) discard(uploadId);
    };
  }, [discard]);

  const ready = files.length > 0 && files.every((f) => f.status === 'uploaded');
  return { files, ready, add, remove, clear, handOver, reclaim };
}

async function readPiece(file: File, offset: number): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(offset, offset + PIECE_BYTES).arrayBuffer());
  } catch {
    throw new Error(`读不到文件「${file.name}」：它可能被移动、改名或正在被别的程序占用。请重新选择这个文件。`);
  }
}
