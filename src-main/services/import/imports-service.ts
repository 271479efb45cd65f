import type { FileInspectionDto, ImportBatchDto, ImportJobDto, ImportProblemDto, MethodParsedInput, PageDto, UploadDto } from '../../contract';
import { formatInShopTime } from '../../core/shop-time';
import type { ImportHistoryRepo } from '../../db/repos/import-history-repo';
import { UserFacingError } from '../user-facing-error';
import type { ImportJobs } from './import-jobs';
import { inspectUpload } from './inspect-upload';
import type { MappingMemory } from './mapping-memory';
import type { UploadStaging } from './upload-staging';

/** The import as the window uses it: upload the files, preview in the background, commit, history. */
export function createImportsService(deps: {
  staging: UploadStaging;
  mappings: MappingMemory;
  jobs: ImportJobs | null;
  history: ImportHistoryRepo;
  timeZone: () => string;
}) {
  const jobs = (): ImportJobs => {
    if (!deps.jobs) throw new UserFacingError('这个版本的程序不能在窗口里导入，请用命令行：zhanggui import 文件…');
    return deps.jobs;
  };
  return {
    beginUpload(input: MethodParsedInput<'uploads.begin'>): UploadDto {
      return deps.staging.begin(input.fileName, input.size);
    },
    appendUpload(input: MethodParsedInput<'uploads.append'>): UploadDto {
      return deps.staging.append(input.uploadId, input.offset, Buffer.from(input.dataBase64, 'base64'));
    },
    discardUpload(input: MethodParsedInput<'uploads.discard'>): { discarded: boolean } {
      return { discarded: deps.staging.discard(input.uploadId) };
    },
    preview: (input: MethodParsedInput<'imports.preview'>): ImportJobDto => jobs().preview(input.uploadIds, input.mappings ?? {}),
    inspect(input: MethodParsedInput<'imports.inspect'>): FileInspectionDto {
      const upload = deps.staging.complete(input.uploadId);
      return inspectUpload({ uploadId: input.uploadId, fileName: upload.fileName, path: upload.path }, deps.mappings);
    },
    commit: (input: MethodParsedInput<'imports.commit'>): ImportJobDto => jobs().commit(input.jobId),
    cancel: (input: MethodParsedInput<'imports.cancel'>): ImportJobDto => jobs().cancel(input.jobId),
    status: (input: MethodParsedInput<'imports.status'>): ImportJobDto => jobs().status(input.jobId),
    history(input: MethodParsedInput<'imports.history'>): PageDto<ImportBatchDto> {
      const zone = deps.timeZone();
      return deps.history.batches(input.page, input.pageSize, (iso) => formatInShopTime(new Date(iso), zone));
    },
    problems(input: MethodParsedInput<'imports.problems'>): PageDto<ImportProblemDto> {
      return deps.history.problems(input.batchId, input.page, input.pageSize);
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
