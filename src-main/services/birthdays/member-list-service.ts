import type { MemberListImportDto, MemberListInspectionDto, MemberListProblemDto, MethodParsedInput } from '../../contract';
import type { Birthday } from '../../core/birthdays/birthday';
import { guessMemberListColumns } from '../../core/birthdays/member-list-columns';
import { readMemberListRows } from '../../core/birthdays/member-list-rows';
import type { CustomerEditsRepo } from '../../db/repos/customer-edits-repo';
import type { MemberMatchRepo, StoredBirthday } from '../../db/repos/member-match-repo';
import type { UploadStaging } from '../import/upload-staging';
import { UserFacingError } from '../user-facing-error';
import { readMemberListFile } from './member-list-file';

const SAMPLE_ROWS = 5;
/** Problems listed in full; the count says how many there were. */
const PROBLEMS_SHOWN = 500;

export interface MemberListServiceDeps {
  staging: UploadStaging;
  editsRepo: CustomerEditsRepo;
  matches: MemberMatchRepo;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
}

/** 导入会员生日: birthdays from a member list (nick or phone + birthday), previewed, then written in one go. */
export function createMemberListService(deps: MemberListServiceDeps) {
  const { matches } = deps;
  const upload = (uploadId: string) => deps.staging.complete(uploadId);

  const plan = (input: MethodParsedInput<'birthdays.previewList'>, commit: boolean): MemberListImportDto => {
    const { fileName, path } = upload(input.uploadId);
    const file = readMemberListFile(path, fileName);
    const { mapping } = input;
    for (const column of [mapping.nickColumn, mapping.phoneColumn, mapping.birthdayColumn]) {
      if (column !== null && column >= file.header.length) throw new UserFacingError(`${fileName}：没有第 ${column + 1} 列，请重新选择列。`);
    }
    const read = readMemberListRows(file.header, file.rows, mapping);
    const problems: MemberListProblemDto[] = [...read.problems];
    const result = { rows: file.rows.length, set: 0, unchanged: 0, kept: 0, notFound: 0, ambiguous: 0 };
    const writes = new Map<number, Birthday>();
    for (const row of read.rows) {
      const byNick = row.nick ? matches.byNick(row.nick) : [];
      const ids = byNick.length > 0 ? byNick : row.phone ? matches.byPhone(row.phone) : [];
      if (ids.length === 0) {
        result.notFound += 1;
        continue;
      }
      if (byNick.length === 0 && ids.length > 1) {
        result.ambiguous += 1;
        problems.push({ line: row.line, column: file.header[mapping.phoneColumn!] ?? '', message: `手机号 ${row.phone} 对应 ${ids.length} 位客户，认不出是哪一位，这一行没有导入（可以在客户详情里手动填）` });
        continue;
      }
      for (const id of ids) {
        const stored = writes.has(id) ? toStored(writes.get(id)!) : matches.birthdayOf(id);
        if (stored && sameBirthday(stored, row.birthday)) result.unchanged += 1;
        else if (stored?.day != null && !input.overwrite && !writes.has(id)) result.kept += 1;
        else {
          if (!writes.has(id)) result.set += 1;
          writes.set(id, row.birthday);
        }
      }
    }
    if (commit) {
      deps.inTransaction(() => {
        const now = deps.now().toISOString();
        for (const [id, birthday] of writes) deps.editsRepo.update(id, { birthday }, now);
      });
      deps.staging.discard(input.uploadId);
    }
    problems.sort((a, b) => a.line - b.line);
    return { ...result, problems: problems.slice(0, PROBLEMS_SHOWN), problemCount: problems.length, committed: commit };
  };

  return {
    inspect({ uploadId }: MethodParsedInput<'birthdays.inspectList'>): MemberListInspectionDto {
      const { fileName, path } = upload(uploadId);
      const file = readMemberListFile(path, fileName);
      return {
        fileName,
        header: file.header,
        sample: file.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
        rowCount: file.rows.length,
        guess: guessMemberListColumns(file.header),
      };
    },
    run: (input: MethodParsedInput<'birthdays.previewList'>, options: { commit: boolean }) => plan(input, options.commit),
  };
}

export type MemberListService = ReturnType<typeof createMemberListService>;

function toStored(b: Birthday): StoredBirthday {
  return { calendar: b.calendar, year: b.year, month: b.month, day: b.day, leapMonth: b.leapMonth ? 1 : 0 };
}

function sameBirthday(stored: StoredBirthday, b: Birthday): boolean {
  return stored.calendar === b.calendar && stored.year === b.year && stored.month === b.month && stored.day === b.day && stored.leapMonth === (b.leapMonth ? 1 : 0);
}
