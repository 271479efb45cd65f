import type { z } from 'zod';
import type { Access } from './access';
import {
  accountCreateInput,
  accountResetPasswordInput,
  accountUpdateInput,
  auditExportInput,
  auditListInput,
  changePasswordInput,
  createOwnerInput,
  lanSetInput,
  loginInput,
} from './auth';
import type { AccountDto, AuditEntryDto, LanAccessDto, SessionDto } from './dto/auth';
import { customerEraseInput, customerRevealPhoneInput, personalDataExportInput } from './privacy';
import type { CustomerErasedDto, RevealedPhoneDto } from './dto/privacy';
import { careEffectInput, predictionCustomerInput } from './predictions';
import type { CustomerPredictionDto, PredictionModelDto, PredictionSegmentsDto } from './dto/predictions';
import type { CareEffectDto } from './dto/care-effect';
import type { RfmFlowDto, RfmSegmentsDto, RfmSettingsDto, RfmTasksCreatedDto } from './dto/rfm';
import { rfmCreateTasksInput, rfmFlowInput, rfmSaveInput, rfmSegmentsInput } from './rfm';
import type { ReportCareDto, ReportDashboardDto, ReportProductsDto, ReportTiersDto } from './dto/reports';
import { reportPeriodInput, reportsDashboardInput, reportsExportInput } from './reports';
import type { AppInfoDto } from './dto/app';
import type { BackupDto, BackupsDto, RestoreStartedDto } from './dto/backups';
import { backupsRestoreInput, backupsSetFolderInput } from './backups';
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

export interface MethodSpec {
  input: z.ZodType;
  writes: boolean;
  /** Who may call it; checked by the dispatcher on every call. */
  access: Access;
  /** Recorded in the audit log (操作记录) under this label when it succeeds. */
  audit?: string;
  /** The input's `staffId` says who did it: for a 客服 it is always their own, whatever was sent. */
  actor?: true;
}

/**
 * Every method of the API, `<domain>.<verb>`. Each entry: the zod schema of its input, whether it
 * writes, who may call it and whether the audit log records it. Outputs are typed in
 * `MethodOutputs` below.
 */
export const methods = {
  /** Who is signed in at this window (nobody: the login page; no account yet: the first start). */
  'auth.session': { input: emptyInput, writes: false, access: 'public' },
  /** Signs in with name and password; refused for a while after repeated wrong passwords. */
  'auth.login': { input: loginInput, writes: true, access: 'public' },
  'auth.logout': { input: emptyInput, writes: true, access: 'public' },
  /** 第一次使用: creates the owner's account and signs in. Only while no account exists, only from this PC. */
  'auth.createOwner': { input: createOwnerInput, writes: true, access: 'public' },
  /** Changes the signed-in account's own password (the current one is asked again); other sessions end. */
  'auth.changePassword': { input: changePasswordInput, writes: true, access: 'staff', audit: '修改自己的密码' },
  /** 设置 → 账号: every login of the shop, the owner first. */
  'accounts.list': { input: emptyInput, writes: false, access: 'owner' },
  /** A 客服 account, working as an existing staff member or a new one of the same name. */
  'accounts.create': { input: accountCreateInput, writes: true, access: 'owner', audit: '新增账号' },
  /** (De)activates a 客服 account (its sessions end) or lets it see whole phones. */
  'accounts.update': { input: accountUpdateInput, writes: true, access: 'owner', audit: '修改账号' },
  /** Sets a new password for a 客服 account that forgot its own; its sessions end. */
  'accounts.resetPassword': { input: accountResetPasswordInput, writes: true, access: 'owner', audit: '重置账号密码' },
  /** 操作记录: who did what when, newest first. Reads only. */
  'audit.list': { input: auditListInput, writes: false, access: 'owner' },
  /** The audit log of a period to an XLSX or CSV file in the exports folder. */
  'audit.export': { input: auditExportInput, writes: false, access: 'owner', audit: '导出操作记录' },
  /** 店内多电脑: whether other PCs of the shop may open the app, and at which addresses. Reads only. */
  'lan.get': { input: emptyInput, writes: false, access: 'owner' },
  /** Opens the app to the shop's LAN (login required there) or closes it again (127.0.0.1 only). */
  'lan.set': { input: lanSetInput, writes: true, access: 'owner', audit: '店内多电脑访问' },
  /** 查看号码: one customer's whole phone, for the owner and the 客服 the owner allowed; recorded each time. */
  'customers.revealPhone': { input: customerRevealPhoneInput, writes: false, access: 'staff', audit: '查看手机号' },
  /**
   * 删除客户 (PIPL): the customer's name, phone, address, notes, birthday and tags are deleted and
   * their orders anonymised; the shop's figures stay. A later import of the same orders stays anonymous.
   */
  'customers.erase': { input: customerEraseInput, writes: true, access: 'owner', audit: '删除客户个人信息' },
  /** 个人信息查询: everything the book holds about one customer, to an XLSX or JSON file in the exports folder. */
  'customers.personalData': { input: personalDataExportInput, writes: false, access: 'owner', audit: '导出个人信息' },
  /** Version, database file, schema version and the size of the book. Reads only. */
  'app.info': { input: emptyInput, writes: false, access: 'staff' },
  /** The shop's settings. Reads only. */
  'settings.get': { input: emptyInput, writes: false, access: 'staff' },
  /** Changes the given settings, keeps the others; returns all settings. Emits `settings.changed`. */
  'settings.update': { input: settingsUpdateInput, writes: true, access: 'owner', audit: '修改店铺设置' },
  /** One page of the customer book, sorted; money in fen. Reads only. */
  'customers.list': { input: customersListInput, writes: false, access: 'staff' },
  /** One customer's page: profile, what staff wrote, tags, the order timeline. Reads only. */
  'customers.get': { input: customerIdInput, writes: false, access: 'staff' },
  /** Saves what staff changed on a customer (notes, birthday, blacklist, do-not-disturb, assignee). */
  'customers.update': { input: customerUpdateInput, writes: true, access: 'staff' },
  /** Adds or removes tags on picked customers, or on every customer a filter matches. */
  'customers.tag': { input: customersTagInput, writes: true, access: 'staff' },
  /** Assigns picked (or filtered) customers to a staff member, or to nobody. */
  'customers.assign': { input: customersAssignInput, writes: true, access: 'owner', audit: '分配客户' },
  /** Merges two records of the same person: figures, orders, tags and notes then show as one. */
  'customers.merge': { input: customersMergeInput, writes: true, access: 'owner', audit: '合并客户' },
  /** Other records that are probably the same person (same whole phone, or same receiver and address). Reads only. */
  'customers.duplicates': { input: customerIdInput, writes: false, access: 'staff' },
  /** Undoes the latest merge of this (merged-away) customer: both records come back as they were. */
  'customers.unmerge': { input: customerIdInput, writes: true, access: 'owner', audit: '撤销合并' },
  /**
   * Writes the customers of a list query to an XLSX or CSV file in the exports folder (kept a
   * week); the browser version downloads it from /exports/<fileName>. Writes no data.
   */
  'customers.export': { input: customersExportInput, writes: false, access: 'owner', audit: '导出客户名单' },
  /** Desktop app: opens the exports folder with this file selected. The browser version has downloaded it instead. */
  'exports.reveal': { input: exportRevealInput, writes: false, access: 'owner' },
  /** 我的筛选: the saved list views, by name. Reads only. */
  'views.list': { input: emptyInput, writes: false, access: 'staff' },
  /** Saves a view under its name (replacing one of the same name); returns all views. */
  'views.save': { input: savedViewInput, writes: true, access: 'staff' },
  'views.delete': { input: savedViewDeleteInput, writes: true, access: 'staff' },
  /** Every tag with how many customers carry it. Reads only. */
  'tags.list': { input: emptyInput, writes: false, access: 'staff' },
  'tags.create': { input: tagCreateInput, writes: true, access: 'staff' },
  /** Renames or recolours a tag. */
  'tags.update': { input: tagUpdateInput, writes: true, access: 'owner' },
  /** Deletes a tag and takes it off every customer. */
  'tags.delete': { input: tagDeleteInput, writes: true, access: 'owner', audit: '删除标签' },
  /** The shop's staff (客服), active first. Reads only. */
  'staff.list': { input: emptyInput, writes: false, access: 'staff' },
  'staff.create': { input: staffCreateInput, writes: true, access: 'owner', audit: '新增客服' },
  /** Renames a staff member, or (de)activates one: a deactivated one keeps the history and gets no new tasks. */
  'staff.update': { input: staffUpdateInput, writes: true, access: 'owner', audit: '修改客服' },
  /** The care rules (关怀规则), each kind's default first. Reads only. */
  'careRules.list': { input: emptyInput, writes: false, access: 'staff' },
  /** How many tasks a rule would create now (today and upcoming), and how many customers it leaves out. Writes nothing. */
  'careRules.preview': { input: careRuleInput, writes: false, access: 'owner' },
  /** Saves a rule (new without id) and generates today's tasks with it right away. */
  'careRules.save': { input: careRuleInput, writes: true, access: 'owner', audit: '修改关怀规则' },
  /** Deletes a rule; its tasks stay, with the rule's name. */
  'careRules.delete': { input: careRuleIdInput, writes: true, access: 'owner', audit: '删除关怀规则' },
  /** 今日跟进: the tasks due on a day (and overdue), the upcoming ones, and what was handled that day. Reads only (today's tasks are generated first if the day has not been). */
  'followUps.list': { input: followUpsListInput, writes: false, access: 'staff' },
  /** Generates the day's tasks from the rules (idempotent: an existing task is never made twice). */
  'followUps.generate': { input: followUpsGenerateInput, writes: true, access: 'owner' },
  /** 开始处理. */
  'followUps.start': { input: followUpStartInput, writes: true, access: 'staff', actor: true },
  /** 已完成, one task or several, with what the customer said, a 1–5 score and "had a problem". */
  'followUps.complete': { input: followUpCompleteInput, writes: true, access: 'staff', actor: true },
  /** 跳过 with a reason: the task is closed. */
  'followUps.skip': { input: followUpSkipInput, writes: true, access: 'staff', actor: true },
  /** 延后: the task is due on a later date. */
  'followUps.snooze': { input: followUpSnoozeInput, writes: true, access: 'staff', actor: true },
  /** Gives tasks to another (active) staff member. */
  'followUps.reassign': { input: followUpReassignInput, writes: true, access: 'staff', actor: true },
  /** A customer's follow-ups: what is still to do and everything staff did (who, when, what was said). Reads only. */
  'followUps.history': { input: followUpHistoryInput, writes: false, access: 'staff' },
  /** Per-staff figures over a range of due dates, for the owner. Reads only. */
  'followUps.staffFigures': { input: followUpFiguresInput, writes: false, access: 'owner' },
  /** Logs a complaint or bad review; the 投诉/差评处理 rule makes it a task. */
  'complaints.log': { input: complaintLogInput, writes: true, access: 'staff', actor: true },
  /** 客户分层: the 8 RFM segments and the R×F grid, the saved way or a draft being tried (live sizes). Reads only. */
  'rfm.segments': { input: rfmSegmentsInput, writes: false, access: 'owner' },
  /** Saves how customers are segmented: window, mode and fixed cut-offs. */
  'rfm.save': { input: rfmSaveInput, writes: true, access: 'owner', audit: '修改分层规则' },
  /** 客户流动: how customers moved between segments over a month, the saved way. Reads only. */
  'rfm.flow': { input: rfmFlowInput, writes: false, access: 'owner' },
  /** 建跟进任务: one follow-up task, due today, for each customer of a segment (not blacklisted or 免打扰), with the owner's message. */
  'rfm.createTasks': { input: rfmCreateTasksInput, writes: true, access: 'owner' },
  /** 报表: a period's sales, orders, buyers (new and returning), 复购率, 客单价 and refunds, with the period before. Reads only. */
  'reports.dashboard': { input: reportsDashboardInput, writes: false, access: 'owner' },
  /** 报表: each member tier's part of the period's sales (by the buyer's tier today). Reads only. */
  'reports.tiers': { input: reportPeriodInput, writes: false, access: 'owner' },
  /** 报表: best-selling products and the products most often bought again. Reads only. */
  'reports.products': { input: reportPeriodInput, writes: false, access: 'owner' },
  /** 报表: follow-up work by staff, its effect on repurchase, birthday offers sent. Reads only. */
  'reports.care': { input: reportPeriodInput, writes: false, access: 'owner' },
  /**
   * The whole report of a period to an XLSX or PDF file in the exports folder (downloaded like
   * customers.export). PDF needs the host's printer: the desktop app's, or a browser on the PC. Writes no data.
   */
  'reports.export': { input: reportsExportInput, writes: false, access: 'owner', audit: '导出报表' },
  /** The report as a printable A4 page (HTML with its charts drawn in): the window prints it or saves it as PDF. Reads only. */
  'reports.printPage': { input: reportPeriodInput, writes: false, access: 'owner' },
  /** 效果评估: per care rule with a hold-out group, contacted vs held-out repurchase and revenue over 30/60/90 days. Reads only. */
  'reports.careEffect': { input: careEffectInput, writes: false, access: 'owner' },
  /** 预测: the models in use (or what the book still lacks for them). Reads only. */
  'predictions.status': { input: emptyInput, writes: false, access: 'staff' },
  /** Computes the models again now, in the background; returns at once with `computing` set. */
  'predictions.recompute': { input: emptyInput, writes: true, access: 'owner', audit: '重新计算客户预测' },
  /** One customer's 活跃概率, 预计下次购买 and 预测价值. Reads only. */
  'predictions.customer': { input: predictionCustomerInput, writes: false, access: 'staff' },
  /** What the predictions say about each RFM segment (the segment page). Reads only. */
  'predictions.segments': { input: rfmSegmentsInput, writes: false, access: 'owner' },
  /** Sets a customer's tier by hand with a reason, optionally locked against rules and expiry. */
  'customers.setTier': { input: customerSetTierInput, writes: true, access: 'owner', audit: '手动调整会员等级' },
  /** The tier set (lowest first) with how many customers are in each, and Taobao's defaults to start from. Reads only. */
  'tiers.get': { input: emptyInput, writes: false, access: 'staff' },
  /** How many customers a tier set would move up and down if saved now. Writes nothing. */
  'tiers.preview': { input: tierSetInput, writes: false, access: 'owner' },
  /** Saves the tier set and applies it to every customer (both ways); each move is recorded with cause rule. */
  'tiers.save': { input: tierSetInput, writes: true, access: 'owner', audit: '修改会员等级规则' },
  /** Applies the saved rules again: upgrades and expiry (as after an import), or both ways with `full`. */
  'tiers.recompute': { input: tierRecomputeInput, writes: true, access: 'owner', audit: '重新计算会员等级' },
  /** 升级名单: customers who moved up in the last N days, newest first. Reads only. */
  'tiers.upgrades': { input: tierUpgradesInput, writes: false, access: 'staff' },
  /** Customers closest to their next tier (least missing first). Reads only. */
  'tiers.nearNext': { input: tierNearNextInput, writes: false, access: 'staff' },
  /** Birthdays in the next N days (solar and lunar, on their solar dates) with the ready message. Reads only. */
  'birthdays.upcoming': { input: birthdaysUpcomingInput, writes: false, access: 'staff' },
  /** Records that this year's birthday offer went out (once per customer per birthday year). */
  'birthdays.markSent': { input: birthdayMarkSentInput, writes: true, access: 'staff', actor: true },
  /** Takes back a "sent" mark made by mistake. */
  'birthdays.unmarkSent': { input: birthdayUnmarkSentInput, writes: true, access: 'staff' },
  /** Reads the header and first rows of an uploaded member list (CSV/XLSX) and guesses its columns. Reads only. */
  'birthdays.inspectList': { input: memberListInspectInput, writes: false, access: 'owner' },
  /** What importing the member list's birthdays would do, with problem rows. Writes nothing. */
  'birthdays.previewList': { input: memberListImportInput, writes: false, access: 'owner' },
  /** Imports the member list's birthdays by the same rules as the preview, against the book as it is now; the upload is then discarded. */
  'birthdays.importList': { input: memberListImportInput, writes: true, access: 'owner', audit: '导入会员名单生日' },
  /** Counts of customers, orders and lines, orders by status, and net sales in fen. Reads only. */
  'stats.get': { input: emptyInput, writes: false, access: 'staff' },
  /** 设置 → 备份: the backups folder and what is in it, newest first. Reads only. */
  'backups.list': { input: emptyInput, writes: false, access: 'owner' },
  /** 立即备份: a backup of the book now, with SQLite's online backup (safe while in use). Changes no data. */
  'backups.create': { input: emptyInput, writes: false, access: 'owner', audit: '立即备份' },
  /**
   * 恢复: the book is saved as a before-restore backup, then replaced by this backup (the app
   * reopens it; windows sign in again). The restored book's audit log records who did it.
   */
  'backups.restore': { input: backupsRestoreInput, writes: true, access: 'owner' },
  /** Where backups go from now on (the folder is created and tried first); null: back to the folder beside the book. */
  'backups.setFolder': { input: backupsSetFolderInput, writes: true, access: 'owner', audit: '更改备份文件夹' },
  /** Starts receiving a file to import; the bytes follow with `uploads.append`. */
  'uploads.begin': { input: uploadsBeginInput, writes: false, access: 'owner' },
  /** Appends the next piece (base64, at most 4 MiB) at `offset`, which must equal what was received. */
  'uploads.append': { input: uploadsAppendInput, writes: false, access: 'owner' },
  /** Forgets an upload and deletes its bytes. */
  'uploads.discard': { input: uploadRefInput, writes: false, access: 'owner' },
  /**
   * Previews importing the uploaded files: runs the whole import in the background and rolls it
   * back. Progress arrives as `imports.progress`, the figures as `imports.finished`. Writes nothing.
   */
  'imports.preview': { input: importsPreviewInput, writes: false, access: 'owner' },
  /** Reads the header and first rows of an uploaded file and proposes a column mapping. Reads only. */
  'imports.inspect': { input: uploadRefInput, writes: false, access: 'owner' },
  /** Applies a finished preview, exactly as previewed (refused if the book changed meanwhile). */
  'imports.commit': { input: importJobInput, writes: true, access: 'owner', audit: '开始导入订单' },
  /** Stops a running preview or commit; a stopped commit leaves the book exactly as before. */
  'imports.cancel': { input: importJobInput, writes: false, access: 'owner' },
  /** The current state of an import job (after a reload, or instead of listening to events). */
  'imports.status': { input: importJobInput, writes: false, access: 'owner' },
  /** The import history (导入记录), newest first. Reads only. */
  'imports.history': { input: importsHistoryInput, writes: false, access: 'owner' },
  /** The problem rows kept for one imported file. Reads only. */
  'imports.problems': { input: importsProblemsInput, writes: false, access: 'owner' },
} as const satisfies Record<string, MethodSpec>;

export type MethodName = keyof typeof methods;

export interface MethodOutputs {
  'auth.session': SessionDto;
  'auth.login': SessionDto;
  'auth.logout': SessionDto;
  'auth.createOwner': SessionDto;
  'auth.changePassword': { changed: true };
  'accounts.list': AccountDto[];
  'accounts.create': AccountDto;
  'accounts.update': AccountDto;
  'accounts.resetPassword': AccountDto;
  'audit.list': PageDto<AuditEntryDto>;
  'audit.export': ExportFileDto;
  'lan.get': LanAccessDto;
  'lan.set': LanAccessDto;
  'customers.revealPhone': RevealedPhoneDto;
  'customers.erase': CustomerErasedDto;
  'customers.personalData': ExportFileDto;
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
  'reports.careEffect': CareEffectDto;
  'predictions.status': PredictionModelDto;
  'predictions.recompute': PredictionModelDto;
  'predictions.customer': CustomerPredictionDto;
  'predictions.segments': PredictionSegmentsDto;
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
  'backups.restore': RestoreStartedDto;
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
