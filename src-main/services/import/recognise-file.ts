import { detectFileKind, type FileKindGuess } from '../../core/import/file-kind';
import type { ByteSource } from './byte-source';
import { scanDelimitedFile } from './delimited-file';
import { HeaderNotFound } from './import-errors';

export interface RecognisedSource extends FileKindGuess {
  source: ByteSource;
  headers: string[];
}

export interface InspectedFile extends RecognisedSource {
  /** The first data rows, for the column-mapping preview. */
  sampleRows: string[][];
}

/**
 * Reads just far enough to find a file's header and say what export it is. A file with no known
 * header is 'unknown' with its first non-empty row as the header: it can still be imported once
 * the owner maps its columns.
 */
export function inspectFile(source: ByteSource, sampleSize = 0): InspectedFile {
  try {
    return scanHead(source, (cells) => detectFileKind(cells).kind !== 'unknown', sampleSize);
  } catch (error) {
    if (!(error instanceof HeaderNotFound)) throw error;
    return scanHead(source, (cells) => cells.some((cell) => cell.trim() !== ''), sampleSize);
  }
}

export function recogniseFile(source: ByteSource): RecognisedSource {
  const { sampleRows: _unused, ...recognised } = inspectFile(source);
  return recognised;
}

function scanHead(source: ByteSource, isHeader: (cells: readonly string[]) => boolean, sampleSize: number): InspectedFile {
  const found: { headers: string[]; guess?: FileKindGuess; rows: string[][] } = { headers: [], rows: [] };
  scanDelimitedFile(source, {
    isHeader,
    onHeader: (cells) => {
      found.headers = [...cells];
      found.guess = detectFileKind(cells);
      return sampleSize === 0 ? 'stop' : undefined;
    },
    onRecord: (cells) => {
      found.rows.push([...cells]);
      return found.rows.length >= sampleSize ? 'stop' : undefined;
    },
  });
  // scanDelimitedFile throws when no header is found, so a guess is always there.
  return { source, headers: found.headers, ...found.guess!, sampleRows: found.rows };
}
