import type { z } from 'zod';
import type { RfmFlowDto, RfmSegmentsDto, RfmSettingsDto, RfmTasksCreatedDto } from './dto/rfm';
import { rfmCreateTasksInput, rfmFlowInput, rfmSaveInput, rfmSegmentsInput } from './rfm';
import type { ReportCareDto, ReportDashboardDto, ReportProductsDto, ReportTiersDto } from './dto/reports';
import { reportPeriodInput, reportsDashboardInput, reportsExportInput } from './reports';
import type { AppInfoDto } from './dto/app';
import type { BackupDto, BackupsDto } from './dto/backups';
import { backupsSetFolderInput } from './backups';
import type { CustomerPageDto, PageDto } from './dto/customers';
import type { SettingsDto } from './dto/settings';
import type { BookStatsDto } from './dto/stats';
import type { FileInspectionDto, ImportBatchDto, ImportJobDto, ImportProblemDto, UploadDto } from './dto/imports';
import {
  emptyInput,
  importJobInput,
  importsHistoryInput,
  importsPreviewInput,
  importsProblemsInput,
  settingsUpdateInput,
  uploadRefInput,
  uploadsAppendInput,
  uploadsBeginInput,
} from './schemas';
import { customersListInput } from './customers-query';
import {
  customerIdInput,
  customersAssignInput,
  customersExportInput,
  exportRevealInput,
  customersMergeInput,
  customersTagInput,
  customerUpdateInput,
  staffCreateInput,
  tagCreateInput,
  tagDeleteInput,
  tagUpdateInput,
} from './customer-edits';
import { savedViewDeleteInput, savedViewInput, type SavedViewDto } from './saved-views';
import type { CustomerDetailDto, DuplicateDto, ExportFileDto, StaffDto, TagDto } from './dto/customer-detail';
import { customerSetTierInput, tierNearNextInput, tierRecomputeInput, tierSetInput, tierUpgradesInput } from './tiers';
import type { NearNextTierDto, TierChangeDto, TierChangeSummaryDto, TierProgramDto } from './dto/tiers';
import {
  birthdayMarkSentInput,
  birthdaysUpcomingInput,
  birthdayUnmarkSentInput,
  memberListImportInput,
  memberListInspectInput,
} from './birthdays';
import type { MemberListImportDto, MemberListInspectionDto, UpcomingBirthdaysDto } from './dto/birthdays';
import { careRuleIdInput, careRuleInput } from './care-rules';
import {
  complaintLogInput,
  followUpCompleteInput,
  followUpFiguresInput,
  followUpHistoryInput,
  followUpReassignInput,
  followUpSkipInput,
  followUpSnoozeInput,
  followUpStartInput,
  followUpsGenerateInput,
  followUpsListInput,
  staffUpdateInput,
} from './follow-ups';
import type {
  CareRulePreviewDto,
  CareRuleSavedDto,
  CareRulesDto,
  ComplaintLoggedDto,
  FollowUpActionDto,
  FollowUpGenerateDto,
  FollowUpHistoryDto,
  FollowUpListDto,
  StaffFollowUpFiguresDto,
} from './dto/follow-ups';

/**
 * Every method of the API, `<domain>.<verb>`. Each entry: the zod schema of its input and
 * whether it writes. Outputs are typed in `MethodOutputs` below.
 */
export const methods = {
  /** Version, database file, schema version and the size of the book. Reads only. */
  'app.info': { input: emptyInput, writes: false },
  /** The shop's settings. Reads only. */
  'settings.get': { input: emptyInput, writes: false },
  /** Changes the given settings, keeps the others; returns all settings. Emits `settings.changed`. */
  'settings.update': { input: settingsUpdateInput, writes: true },
  /** One page of the customer book, sorted; money in fen. Reads only. */
  'customers.list': { input: customersListInput, writes: false },
  /** One customer's page: profile, what staff wrote, tags, the order timeline. Reads only. */
  'customers.get': { input: customerIdInput, writes: false },
  /** Saves what staff changed on a customer (notes, birthday, blacklist, do-not-disturb, assignee). */
  'customers.update': { input: customerUpdateInput, writes: true },
  /** Adds or removes tags on picked customers, or on every customer a filter matches. */
  'customers.tag': { input: customersTagInput, writes: true },
  /** Assigns picked (or filtered) customers to a staff member, or to nobody. */
  'customers.assign': { input: customersAssignInput, writes: true },
  /** Merges two records of the same person: figures, orders, tags and notes then show as one. */
  'customers.merge': { input: customersMergeInput, writes: true },
  /** Other records that are probably the same person (same whole phone, or same receiver and address). Reads only. */
  'customers.duplicates': { input: customerIdInput, writes: false },
  /** Undoes the latest merge of this (merged-away) customer: both records come back as they were. */
  'customers.unmerge': { input: customerIdInput, writes: true },
  /**
   * Writes the customers of a list query to an XLSX or CSV file in the exports folder (kept a
   * week); the browser version downloads it from /exports/<fileName>. Writes no data.
   */
  'customers.export': { input: customersExportInput, writes: false },
  /** Desktop app: opens the exports folder with this file selected. The browser version has downloaded it instead. */
  'exports.reveal': { input: exportRevealInput, writes: false },
  /** 我的筛选: the saved list views, by name. Reads only. */
  'views.list': { input: emptyInput, writes: false },
  /** Saves a view under its name (replacing one of the same name); returns all views. */
  'views.save': { input: savedViewInput, writes: true },
  'views.delete': { input: savedViewDeleteInput, writes: true },
  /** Every tag with how many customers carry it. Reads only. */
  'tags.list': { input: emptyInput, writes: false },
  'tags.create': { input: tagCreateInput, writes: true },
  /** Renames or recolours a tag. */
  'tags.update': { input: tagUpdateInput, writes: true },
  /** Deletes a tag and takes it off every customer. */
  'tags.delete': { input: tagDeleteInput, writes: true },
  /** The shop's staff (客服), active first. Reads only. */
  'staff.list': { input: emptyInput, writes: false },
  'staff.create': { input: staffCreateInput, writes: true },
  /** Renames a staff member, or (de)activates one: a deactivated one keeps the history and gets no new tasks. */
  'staff.update': { input: staffUpdateInput, writes: true },
  /** The care rules (关怀规则), each kind's default first. Reads only. */
  'careRules.list': { input: emptyInput, writes: false },
  /** How many tasks a rule would create now (today and upcoming), and how many customers it leaves out. Writes nothing. */
  'careRules.preview': { input: careRuleInput, writes: false },
  /** Saves a rule (new without id) and generates today's tasks with it right away. */
  'careRules.save': { input: careRuleInput, writes: true },
  /** Deletes a rule; its tasks stay, with the rule's name. */
  'careRules.delete': { input: careRuleIdInput, writes: true },
  /** 今日跟进: the tasks due on a day (and overdue), the upcoming ones, and what was handled that day. Reads only (today's tasks are generated first if the day has not been). */
  'followUps.list': { input: followUpsListInput, writes: false },
  /** Generates the day's tasks from the rules (idempotent: an existing task is never made twice). */
  'followUps.generate': { input: followUpsGenerateInput, writes: true },
  /** 开始处理. */
  'followUps.start': { input: followUpStartInput, writes: true },
  /** 已完成, one task or several, with what the customer said, a 1–5 score and "had a problem". */
  'followUps.complete': { input: followUpCompleteInput, writes: true },
  /** 跳过 with a reason: the task is closed. */
  'followUps.skip': { input: followUpSkipInput, writes: true },
  /** 延后: the task is due on a later date. */
  'followUps.snooze': { input: followUpSnoozeInput, writes: true },
  /** Gives tasks to another (active) staff member. */
  'followUps.reassign': { input: followUpReassignInput, writes: true },
  /** A customer's follow-ups: what is still to do and everything staff did (who, when, what was said). Reads only. */
  'followUps.history': { input: followUpHistoryInput, writes: false },
  /** Per-staff figures over a range of due dates, for the owner. Reads only. */
  'followUps.staffFigures': { input: followUpFiguresInput, writes: false },
  /** Logs a complaint or bad review; the 投诉/差评处理 rule makes it a task. */
  'complaints.log': { input: complaintLogInput, writes: true },
  /** 客户分层: the 8 RFM segments and the R×F grid, the saved way or a draft being tried (live sizes). Reads only. */
  'rfm.segments': { input: rfmSegmentsInput, writes: false },
  /** Saves how customers are segmented: window, mode and fixed cut-offs. */
  'rfm.save': { input: rfmSaveInput, writes: true },
  /** 客户流动: how customers moved between segments over a month, the saved way. Reads only. */
  'rfm.flow': { input: rfmFlowInput, writes: false },
  /** 建跟进任务: one follow-up task, due today, for each customer of a segment (not blacklisted or 免打扰), with the owner's message. */
  'rfm.createTasks': { input: rfmCreateTasksInput, writes: true },
  /** 报表: a period's sales, orders, buyers (new and returning), 复购率, 客单价 and refunds, with the period before. Reads only. */
  'reports.dashboard': { input: reportsDashboardInput, writes: false },
  /** 报表: each member tier's part of the period's sales (by the buyer's tier today). Reads only. */
  'reports.tiers': { input: reportPeriodInput, writes: false },
  /** 报表: best-selling products and the products most often bought again. Reads only. */
  'reports.products': { input: reportPeriodInput, writes: false },
  /** 报表: follow-up work by staff, its effect on repurchase, birthday offers sent. Reads only. */
  'reports.care': { input: reportPeriodInput, writes: false },
  /**
   * The whole report of a period to an XLSX or PDF file in the exports folder (downloaded like
   * customers.export). PDF needs the host's printer: the desktop app's, or a browser on the PC. Writes no data.
   */
  'reports.export': { input: reportsExportInput, writes: false },
  /** The report as a printable A4 page (HTML with its charts drawn in): the window prints it or saves it as PDF. Reads only. */
  'reports.printPage': { input: reportPeriodInput, writes: false },
  /** Sets a customer's tier by hand with a reason, optionally locked against rules and expiry. */
  'customers.setTier': { input: customerSetTierInput, writes: true },
  /** The tier set (lowest first) with how many customers are in each, and Taobao's defaults to start from. Reads only. */
  'tiers.get': { input: emptyInput, writes: false },
  /** How many customers a tier set would move up and down if saved now. Writes nothing. */
  'tiers.preview': { input: tierSetInput, writes: false },
  /** Saves the tier set and applies it to every customer (both ways); each move is recorded with cause rule. */
  'tiers.save': { input: tierSetInput, writes: true },
  /** Applies the saved rules again: upgrades and expiry (as after an import), or both ways with `full`. */
  'tiers.recompute': { input: tierRecomputeInput, writes: true },
  /** 升级名单: customers who moved up in the last N days, newest first. Reads only. */
  'tiers.upgrades': { input: tierUpgradesInput, writes: false },
  /** Customers closest to their next tier (least missing first). Reads only. */
  'tiers.nearNext': { input: tierNearNextInput, writes: false },
  /** Birthdays in the next N days (solar and lunar, on their solar dates) with the ready message. Reads only. */
  'birthdays.upcoming': { input: birthdaysUpcomingInput, writes: false },
  /** Records that this year's birthday offer went out (once per customer per birthday year). */
  'birthdays.markSent': { input: birthdayMarkSentInput, writes: true },
  /** Takes back a "sent" mark made by mistake. */
  'birthdays.unmarkSent': { input: birthdayUnmarkSentInput, writes: true },
  /** Reads the header and first rows of an uploaded member list (CSV/XLSX) and guesses its columns. Reads only. */
  'birthdays.inspectList': { input: memberListInspectInput, writes: false },
  /** What importing the member list's birthdays would do, with problem rows. Writes nothing. */
  'birthdays.previewList': { input: memberListImportInput, writes: false },
  /** Imports the member list's birthdays by the same rules as the preview, against the book as it is now; the upload is then discarded. */
  'birthdays.importList': { input: memberListImportInput, writes: true },
  /** Counts of customers, orders and lines, orders by status, and net sales in fen. Reads only. */
  'stats.get': { input: emptyInput, writes: false },
  /** 设置 → 备份: the backups folder and what is in it, newest first. Reads only. */
  'backups.list': { input: emptyInput, writes: false },
  /** 立即备份: a backup of the book now, with SQLite's online backup (safe while in use). Changes no data. */
  'backups.create': { input: emptyInput, writes: false },
  /** Where backups go from now on (the folder is created and tried first); null: back to the folder beside the book. */
  'backups.setFolder': { input: backupsSetFolderInput, writes: true },
  /** Starts receiving a file to import; the bytes follow with `uploads.append`. */
  'uploads.begin': { input: uploadsBeginInput, writes: false },
  /** Appends the next piece (base64, at most 4 MiB) at `offset`, which must equal what was received. */
  'uploads.append': { input: uploadsAppendInput, writes: false },
  /** Forgets an upload and deletes its bytes. */
  'uploads.discard': { input: uploadRefInput, writes: false },
  /**
   * Previews importing the uploaded files: runs the whole import in the background and rolls it
   * back. Progress arrives as `imports.progress`, the figures as `imports.finished`. Writes nothing.
   */
  'imports.preview': { input: importsPreviewInput, writes: false },
  /** Reads the header and first rows of an uploaded file and proposes a column mapping. Reads only. */
  'imports.inspect': { input: uploadRefInput, writes: false },
  /** Applies a finished preview, exactly as previewed (refused if the book changed meanwhile). */
  'imports.commit': { input: importJobInput, writes: true },
  /** Stops a running preview or commit; a stopped commit leaves the book exactly as before. */
  'imports.cancel': { input: importJobInput, writes: false },
  /** The current state of an import job (after a reload, or instead of listening to events). */
  'imports.status': { input: importJobInput, writes: false },
  /** The import history (导入记录), newest first. Reads only. */
  'imports.history': { input: importsHistoryInput, writes: false },
  /** The problem rows kept for one imported file. Reads only. */
  'imports.problems': { input: importsProblemsInput, writes: false },
} as const satisfies Record<string, { input: z.ZodType; writes: boolean }>;

export type MethodName = keyof typeof methods;

export interface MethodOutputs {
  'app.info': AppInfoDto;
  'settings.get': SettingsDto;
  'settings.update': SettingsDto;
  'customers.list': CustomerPageDto;
  'customers.get': CustomerDetailDto;
  'customers.update': CustomerDetailDto;
  'customers.tag': { changed: number };
  'customers.assign': { changed: number };
  'customers.merge': CustomerDetailDto;
  'customers.unmerge': CustomerDetailDto;
  'customers.duplicates': DuplicateDto[];
  'customers.export': ExportFileDto;
  'exports.reveal': { shown: true };
  'views.list': SavedViewDto[];
  'views.save': SavedViewDto[];
  'views.delete': SavedViewDto[];
  'tags.list': TagDto[];
  'tags.create': TagDto;
  'tags.update': TagDto;
  'tags.delete': { deleted: boolean };
  'staff.list': StaffDto[];
  'staff.create': StaffDto;
  'staff.update': StaffDto;
  'careRules.list': CareRulesDto;
  'careRules.preview': CareRulePreviewDto;
  'careRules.save': CareRuleSavedDto;
  'careRules.delete': { deleted: boolean };
  'followUps.list': FollowUpListDto;
  'followUps.generate': FollowUpGenerateDto;
  'followUps.start': FollowUpActionDto;
  'followUps.complete': FollowUpActionDto;
  'followUps.skip': FollowUpActionDto;
  'followUps.snooze': FollowUpActionDto;
  'followUps.reassign': FollowUpActionDto;
  'followUps.history': FollowUpHistoryDto;
  'followUps.staffFigures': StaffFollowUpFiguresDto;
  'complaints.log': ComplaintLoggedDto;
  'rfm.segments': RfmSegmentsDto;
  'rfm.save': RfmSettingsDto;
  'rfm.flow': RfmFlowDto;
  'rfm.createTasks': RfmTasksCreatedDto;
  'reports.dashboard': ReportDashboardDto;
  'reports.tiers': ReportTiersDto;
  'reports.products': ReportProductsDto;
  'reports.care': ReportCareDto;
  'reports.export': ExportFileDto;
  'reports.printPage': { html: string };
  'customers.setTier': CustomerDetailDto;
  'tiers.get': TierProgramDto;
  'tiers.preview': TierChangeSummaryDto;
  'tiers.save': { program: TierProgramDto; summary: TierChangeSummaryDto };
  'tiers.recompute': TierChangeSummaryDto;
  'tiers.upgrades': PageDto<TierChangeDto>;
  'tiers.nearNext': PageDto<NearNextTierDto>;
  'birthdays.upcoming': UpcomingBirthdaysDto;
  'birthdays.markSent': { sentAt: string; staffName: string | null };
  'birthdays.unmarkSent': { unmarked: boolean };
  'birthdays.inspectList': MemberListInspectionDto;
  'birthdays.previewList': MemberListImportDto;
  'birthdays.importList': MemberListImportDto;
  'stats.get': BookStatsDto;
  'backups.list': BackupsDto;
  'backups.create': BackupDto;
  'backups.setFolder': BackupsDto;
  'uploads.begin': UploadDto;
  'uploads.append': UploadDto;
  'uploads.discard': { discarded: boolean };
  'imports.preview': ImportJobDto;
  'imports.inspect': FileInspectionDto;
  'imports.commit': ImportJobDto;
  'imports.cancel': ImportJobDto;
  'imports.status': ImportJobDto;
  'imports.history': PageDto<ImportBatchDto>;
  'imports.problems': PageDto<ImportProblemDto>;
}

/** What a caller sends (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<(typeof methods)[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type MethodParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type MethodOutput<M extends MethodName> = MethodOutputs[M];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
