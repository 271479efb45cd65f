import { useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../api/api-call-error';
import { api } from '../api/client';
import { inspectionFailureText, type FileInspectionState } from '../format/column-mapping';
import type { ChosenFile } from './useUploads';

/**
 * What each chosen file looks like (imports.inspect): its kind, headers, first rows and the
 * proposed column mapping, asked once per upload as soon as the file is fully uploaded.
 * Keyed by upload id; a file still uploading has no entry, one being inspected is 'loading'.
 */
export function useFileInspections(files: readonly ChosenFile[]): Record<string, FileInspectionState> {
  const [answers, setAnswers] = useState<Record<string, FileInspectionState>>({});
  const asked = useRef(new Set<string>());
  const uploaded = files.flatMap((f) => (f.status === 'uploaded' && f.uploadId ? [f.uploadId] : []));
  const uploadedKey = uploaded.join(' ');

  useEffect(() => {
    const ids = uploadedKey.split(' ').filter((id) => id !== '' && !asked.current.has(id));
    for (const uploadId of ids) {
      asked.current.add(uploadId);
      api.call('imports.inspect', { uploadId }).then(
        (inspection) => setAnswers((all) => ({ ...all, [uploadId]: { status: 'ready', inspection } })),
        (error: unknown) =>
          setAnswers((all) => ({
            ...all,
            [uploadId]: {
              status: 'failed',
              message: inspectionFailureText(error instanceof ApiCallError ? error : { message: String(error) }),
            },
          })),
      );
    }
  }, [uploadedKey]);

  return Object.fromEntries(uploaded.map((id) => [id, answers[id] ?? { status: 'loading' }]));
}
