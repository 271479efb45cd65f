import { detectFileKind, type FileKindGuess } from '../../core/import/file-kind';
import type { ByteSource } from './byte-source';
import { scanDelimitedFile } from './delimited-file';

export interface RecognisedSource extends FileKindGuess {
  source: ByteSource;
  headers: string[];
}

/** Reads just far enough to find a file's header and say what export it is. */
export function recogniseFile(source: ByteSource): RecognisedSource {
  const found: { headers: string[]; guess?: FileKindGuess } = { headers: [] };
  scanDelimitedFile(source, {
    isHeader: (cells) => detectFileKind(cells).kind !== 'unknown',
    onHeader: (cells) => {
      found.headers = [...cells];
      found.guess = detectFileKind(cells);
      return 'stop';
    },
    onRecord: () => {},
  });
  // scanDelimitedFile throws when no header is found, so a guess is always there.
  return { source, headers: found.headers, ...found.guess! };
}
