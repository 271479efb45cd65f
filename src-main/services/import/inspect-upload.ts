import type { FileInspectionDto } from '../../contract';
import { guessMapping } from '../../core/import/guess-mapping';
import { mappingFromAliases, PLATFORM_PRESETS } from '../../core/import/platform-presets';
import { fileSource } from './file-byte-source';
import type { MappingMemory } from './mapping-memory';
import { inspectFile } from './recognise-file';

const SAMPLE_ROWS = 5;

/** The header and first rows of an uploaded file, with the mapping the import would use. */
export function inspectUpload(upload: { uploadId: string; fileName: string; path: string }, mappings: MappingMemory): FileInspectionDto {
  const source = fileSource(upload.path, upload.fileName);
  try {
    const file = inspectFile(source, SAMPLE_ROWS);
    const base = { uploadId: upload.uploadId, fileName: upload.fileName, kind: file.kind, label: file.label, headers: file.headers, sampleRows: file.sampleRows };
    if (file.kind === 'taobao-orders' || file.kind === 'taobao-items' || file.kind === 'alipay-bill') {
      return { ...base, mapping: null, mappingSource: null, needsMapping: false };
    }
    const remembered = mappings.recall(file.headers);
    if (remembered) return { ...base, mapping: remembered, mappingSource: 'remembered', needsMapping: false };
    const preset = PLATFORM_PRESETS[file.kind];
    if (preset) return { ...base, mapping: mappingFromAliases(file.headers, preset.aliases), mappingSource: 'preset', needsMapping: false };
    return { ...base, mapping: guessMapping(file.headers), mappingSource: 'guessed', needsMapping: true };
  } finally {
    source.close();
  }
}
