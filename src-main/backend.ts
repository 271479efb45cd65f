import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { backupDatabase, backupDatabaseNow, problemWithBackup } from './db/backup';
import { BACKUP_DIR_SETTING, createBackupService } from './services/backups/backup-service';
import { checkBook, type BookCheckResult } from './services/book-check';
import { createBookCheckRepo } from './db/repos/book-check-repo';
import { openConnection } from './db/connection';
import { migrateToLatest, type MigrationOutcome } from './db/migrations';
import { createCustomersRepo, type ListTuning } from './db/repos/customers-repo';
import { createOrdersRepo } from './db/repos/orders-repo';
import { createSettingsRepo, readSettingBeforeMigration } from './db/repos/settings-repo';
import { createAppService } from './services/app-service';
import { createCustomersService } from './services/customers-service';
import { createTagsService } from './services/tags-service';
import { createCustomerMergeService } from './services/customer-merge-service';
import { createCustomerMergesRepo } from './db/repos/customer-merges-repo';
import { createCustomerDetailRepo } from './db/repos/customer-detail-repo';
import { createCustomerEditsRepo } from './db/repos/customer-edits-repo';
import { createTagsRepo } from './db/repos/tags-repo';
import { createCustomerExportRepo } from './db/repos/customer-export-repo';
import { exportCustomers, type CustomersExportRequest } from './services/export/customers-export';
import { createExportService } from './services/export/export-service';
import { createExportsFolder } from './services/export/exports-folder';
import { createSavedViewsService } from './services/saved-views-service';
import { createSavedViewsRepo } from './db/repos/saved-views-repo';
import { createEventHub, type EventListener } from './services/event-hub';
import { createSettingsService } from './services/settings-service';
import { createSourceFilesRepo } from './db/repos/source-files-repo';
import { createImportService, type ImportService } from './services/import/import-service';
import { createImportRepo } from './db/repos/import-repo';
import { createStatsRepo } from './db/repos/stats-repo';
import { createImportHistoryRepo } from './db/repos/import-history-repo';
import { createImportJobs } from './services/import/import-jobs';
import { createImportsService } from './services/import/imports-service';
import { createUploadStaging } from './services/import/upload-staging';
import { createMappingMemory } from './services/import/mapping-memory';
import { startThreadWorker } from './services/import/thread-worker';
import { fileSource } from './services/import/file-byte-source';
import { importInWorker } from './services/import/import-in-worker';
import type { ImportSummary } from './services/import/import-summary';
import { inTransaction } from './db/transaction';
import { maskPersonalData } from './core/mask-personal-data';
import { createTiersRepo } from './db/repos/tiers-repo';
import { createTiersService } from './services/tiers/tiers-service';
import { createBirthdaysRepo } from './db/repos/birthdays-repo';
import { createBirthdaysService } from './services/birthdays/birthdays-service';
import { createMemberListService } from './services/birthdays/member-list-service';
import { createMemberMatchRepo } from './db/repos/member-match-repo';
import { createCareRulesRepo } from './db/repos/care-rules-repo';
import { createFollowUpGenerationRepo } from './db/repos/follow-up-generation-repo';
import { createFollowUpListRepo } from './db/repos/follow-up-list-repo';
import { createRfmRepo } from './db/repos/rfm-repo';
import { createRfmService } from './services/rfm/rfm-service';
import { createPredictions } from './services/predictions/create-predictions';
import { createSegmentTasksService } from './services/rfm/segment-tasks-service';
import { createFollowUpCampaignsRepo } from './db/repos/follow-up-campaigns-repo';
import { createReportServices } from './services/reports/report-services';
import type { PdfPrinter } from './services/reports/report-export-service';
import { createReportRepos } from './db/repos/report-repos';
import { createFollowUpTasksRepo } from './db/repos/follow-up-tasks-repo';
import { createFollowUpFiguresRepo } from './db/repos/follow-up-figures-repo';
import { createFollowUpGenerator } from './services/follow-ups/follow-up-generator';
import { createCareRulesService } from './services/follow-ups/care-rules-service';
import { createFollowUpsService } from './services/follow-ups/follow-ups-service';
import { createAccountsRepo } from './db/repos/accounts-repo';
import { createSessionsRepo } from './db/repos/sessions-repo';
import { createAuditLogRepo } from './db/repos/audit-log-repo';
import { createCustomerPhoneRepo } from './db/repos/customer-phone-repo';
import { createAuthService } from './services/auth/auth-service';
import { createAccountsService } from './services/auth/accounts-service';
import { createAuditService } from './services/audit/audit-service';
import { COMMAND_LINE } from './services/auth/principal';
import { createLanService, LAN_ACCESS_SETTING, type LanHost } from './services/lan/lan-service';
import type { Role } from './contract/access';
import { createCustomerErasureRepo } from './db/repos/customer-erasure-repo';
import { createPersonalDataRepo } from './db/repos/personal-data-repo';
import { withSecureDelete } from './db/secure-erase';
import { createPrivacyService } from './services/privacy/privacy-service';
import { createRestoreRequests, type RestoreBook } from './services/backups/restore-requests';
import { readPreviousErasures } from './db/repos/previous-erasures';
import type { Principal } from './services/auth/principal';

export interface BackendOptions {
  dbPath: string;
  migrationsDir: string;
  /** Where automatic backups (before a migration) are written. */
  backupDir: string;
  appVersion: string;
  now?: () => Date;
  nativeBinding?: string;
  /**
   * The bundled import worker (dist/main/import-worker.cjs) and the better_sqlite3.node it loads;
   * without them the window cannot import (the command line imports in-process).
   */
  importWorker?: { scriptPath: string; nativeBinding: string };
  /** The bundled predictions worker (dist/main/predictions-worker.cjs); without it predictions are computed in this thread. */
  predictionsWorker?: { scriptPath: string; nativeBinding: string };
  /** Compute the predictions only when asked (a one-off command line call, which would otherwise fit them at every start and import). */
  predictionsOnRequest?: boolean;
  /** Where the window's exports are written; default: exports next to the book. */
  exportsDir?: string;
  /** Where uploads wait to be imported (each backend in a folder of its own); default: import-staging next to the book. */
  stagingRoot?: string;
  /** The desktop host's "show in folder" (Electron's shell.showItemInFolder). */
  revealFile?: (path: string) => void;
  /** Prints the report's page to a PDF file (the desktop app's printing; a browser on the PC for the command line). */
  printPdf?: PdfPrinter;
  /**
   * Take the day's backup on the first start of a shop day (the desktop app and serve, which stay
   * open; a one-off command line call does not). Backups before every import are always taken.
   */
  dailyBackup?: boolean;
  /** 设置 → 备份 → 恢复: the host closes this backend, puts the backup in place and opens a new one. */
  restoreBook?: RestoreBook;
  /** 店内多电脑: the host's LAN listener (serve, the desktop app); without it the LAN cannot be opened. */
  lanHost?: LanHost;
  /** How the customer list picks its strategy (tests and the bench change it). */
  listTuning?: Partial<ListTuning>;
  logError?: (line: string) => void;
}

export interface Backend {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  migration: MigrationOutcome;
  /** Imports export files read by the host, in this thread (tests; a host without a worker). */
  importFiles: ImportService['importFiles'];
  /**
   * Imports files on disk (the command line's paths) in the import worker when the host has one,
   * with its memory cap; in this thread otherwise.
   */
  importPaths(files: { name: string; path: string }[], options: { commit: boolean }): Promise<ImportSummary>;
  /** Online backup of the open database to a file the host chose (CLI, later the backup page). */
  backupTo(destination: string): Promise<void>;
  /** Where backups go: the folder the owner chose in 设置 → 备份, or the one beside the book. */
  backupFolder(): string;
  /** SQLite's integrity check and the book's own consistency (CLI `check`). */
  checkBook(): BookCheckResult;
  /** Writes the customers of a list query to an XLSX or CSV file the host chose (CLI). */
  exportCustomers(request: CustomersExportRequest): Promise<{ rows: number; bytes: number }>;
  /** Writes the whole report of a period to an XLSX file the host chose (CLI). Dates are shop dates, checked. */
  writeReportWorkbook(from: string, to: string, path: string): { rows: number; bytes: number };
  /** The file of a finished export by its name, for the browser version's download; null otherwise. */
  exportFile(fileName: string): string | null;
  /** The role signed in with a window's token (the event stream and downloads ask), or null. */
  sessionRole(token: string | null): Role | null;
  /** Opens the LAN listener again if the owner left 店内多电脑 on (the host calls it once it listens). */
  resumeLan(): Promise<void>;
  /** `zhanggui password`: a new password for any account, the owner's included; its sessions end. */
  resetPassword(name: string, password: string): Promise<void>;
  /**
   * Right after a restore, on the restored book: people erased in the replaced book stay erased,
   * and the audit log says who restored what. Returns how many were erased again.
   */
  afterRestore(restore: { source: string; saved: string; by: Principal | null }): number;
  /** Resolves once a restore from the window has reopened the book (a host that swaps books; others: at once). */
  restored(): Promise<void>;
  /** An audit log line for what the command line did outside the dispatcher (restore). */
  recordCommandLine(action: string, label: string, detail: string): void;
  /** Resolves once no prediction computation runs or waits (tests, the command line). */
  predictionsIdle(): Promise<void>;
  close(): void;
}

/** Opens and migrates the database, wires repositories, services and the dispatcher. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const conn = openConnection(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  let migration: MigrationOutcome;
  try {
    migration = await migrateToLatest(conn, {
      migrationsDir: options.migrationsDir,
      backupDir: upgradeBackupDir(conn.sqlite, options.backupDir),
      now: now(),
    });
  } catch (error) {
    conn.close();
    throw error;
  }

  const events = createEventHub();
  const logError = options.logError ?? ((line: string) => console.error(line));
  const settingsRepo = createSettingsRepo(conn.db);
  const settingsService = createSettingsService({ settingsRepo, events, now });
  const mappings = createMappingMemory(settingsRepo);
  const staging = createUploadStaging(options.stagingRoot ?? join(dirname(options.dbPath), 'import-staging'), now);
  const inWriteTransaction = <T>(work: () => T): T => conn.sqlite.transaction(work).immediate();
  const timeZone = () => settingsService.get().timeZone;
  const backups = createBackupService({
    defaultDir: options.backupDir,
    chosenDir: () => {
      const chosen = settingsRepo.readAll().get(BACKUP_DIR_SETTING);
      return typeof chosen === 'string' && chosen !== '' ? chosen : null;
    },
    saveChosenDir: (dir) => settingsRepo.write({ [BACKUP_DIR_SETTING]: dir }, now().toISOString()),
    backup: (destination, onProgress) => backupDatabase(conn.sqlite, destination, onProgress),
    backupNow: (destination) => backupDatabaseNow(conn.sqlite, destination),
    now,
    timeZone,
  });
  const tiersRepo = createTiersRepo(conn.sqlite);
  const tiers = createTiersService({ repo: tiersRepo, inTransaction: inWriteTransaction, now, timeZone });
  // Tiers follow the orders and the calendar: a failure here must not turn a landed import (or
  // opening the book) into an error; the next import or day tries again.
  const safely = (name: string, work: () => unknown) => {
    try {
      work();
    } catch (error) {
      logError(maskPersonalData(`[${name}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }
  };
  const careRulesRepo = createCareRulesRepo(conn.sqlite);
  const birthdaysRepo = createBirthdaysRepo(conn.sqlite);
  const generator = createFollowUpGenerator({
    repo: createFollowUpGenerationRepo(conn.sqlite),
    rules: careRulesRepo,
    birthdays: birthdaysRepo,
    inTransaction: inWriteTransaction,
    now,
    timeZone,
  });
  const rfm = createRfmService({ repo: createRfmRepo(conn.sqlite), settingsRepo, now, timeZone });
  // 流失预警 tasks follow each new P(alive).
  const afterComputed = () => generator.generate(generator.today(), 'import');
  const predictions = createPredictions({ conn, worker: options.predictionsWorker, rfm, events, afterComputed, refreshDaily: !options.predictionsOnRequest, now, timeZone, logError });
  // An import moves orders on (交易成功, refunds) and tiers up: today's tasks follow right away.
  const tiersAfterImport = () => {
    safely('tiers.afterImport', () => tiers.afterImport());
    safely('followUps.afterImport', () => generator.generate(generator.today(), 'import'));
    if (!options.predictionsOnRequest) safely('predictions.afterImport', () => predictions.recompute());
  };
  const workerOptions = options.importWorker;
  const jobs = workerOptions
    ? createImportJobs({
        staging,
        events,
        dbPath: options.dbPath,
        nativeBinding: workerOptions.nativeBinding,
        now,
        startWorker: (request) => startThreadWorker(workerOptions.scriptPath, request),
        beforeCommit: async (onProgress) => void (await backups.take('beforeImport', onProgress)),
        afterCommit: tiersAfterImport,
        logError,
      })
    : null;
  const customersRepo = createCustomersRepo(conn, options.listTuning);
  const ordersRepo = createOrdersRepo(conn.db);
  const tagsRepo = createTagsRepo(conn.sqlite);
  const exportRepo = createCustomerExportRepo(conn.sqlite, conn.db);
  const exportsFolder = createExportsFolder(options.exportsDir ?? join(dirname(options.dbPath), 'exports'), now);
  const detailRepo = createCustomerDetailRepo(conn.sqlite);
  const editsRepo = createCustomerEditsRepo(conn.sqlite, conn.db);
  const careRules = createCareRulesService({
    repo: careRulesRepo,
    generator: () => generator,
    staffActive: (id) => tagsRepo.staffActive(id),
    tierExists: (id) => tiersRepo.tiers().some((tier) => tier.id === id),
    shopExists: (id) => careRulesRepo.shopExists(id),
    now,
  });
  const followUps = createFollowUpsService({
    tasks: createFollowUpTasksRepo(conn.sqlite),
    list: createFollowUpListRepo(conn.sqlite),
    figures: createFollowUpFiguresRepo(conn.sqlite),
    generator,
    staffActive: (id) => tagsRepo.staffActive(id),
    customerActive: (id) => editsRepo.isActive(id),
    shopName: () => settingsService.get().shopName,
    nonMemberOffer: () => tiers.nonMember().birthdayOffer,
    inTransaction: inWriteTransaction,
    now,
    timeZone,
  });
  const reports = createReportServices({
    repos: createReportRepos(conn.sqlite),
    staffFigures: (from, to) => followUps.staffFigures({ from, to }),
    segments: (asOf) => rfm.segments({ asOf }),
    shopName: () => settingsService.get().shopName,
    folder: exportsFolder,
    today: () => generator.today(),
    now,
    timeZone,
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  });
  const accountsRepo = createAccountsRepo(conn.sqlite);
  const sessionsRepo = createSessionsRepo(conn.sqlite);
  const audit = createAuditService({ repo: createAuditLogRepo(conn.sqlite), folder: exportsFolder, now, timeZone });
  const auth = createAuthService({
    accounts: accountsRepo,
    sessions: sessionsRepo,
    inTransaction: inWriteTransaction,
    events: { record: (principal, action, label, detail) => audit.record(principal, action, label, detail) },
    now,
  });
  const lan = createLanService({
    host: options.lanHost ?? null,
    wanted: () => settingsRepo.readAll().get(LAN_ACCESS_SETTING) === true,
    saveWanted: (enabled) => settingsRepo.write({ [LAN_ACCESS_SETTING]: enabled }, now().toISOString()),
  });
  const accounts = createAccountsService({ accounts: accountsRepo, sessions: sessionsRepo, staff: tagsRepo, inTransaction: inWriteTransaction, now });
  const privacy = createPrivacyService({
    erasures: createCustomerErasureRepo(conn.sqlite),
    personalData: createPersonalDataRepo(conn.sqlite),
    sources: createSourceFilesRepo(conn.sqlite),
    folder: exportsFolder,
    inTransaction: (work) => withSecureDelete(conn.sqlite, () => inWriteTransaction(work)),
    readConsistently: (work) => conn.sqlite.transaction(work).deferred(),
    now,
    timeZone,
  });
  const handlers = createHandlers({
    auth,
    accounts,
    audit,
    lan,
    phones: createCustomerPhoneRepo(conn.sqlite),
    app: createAppService({
      facts: {
        version: options.appVersion,
        databasePath: conn.path,
        schemaVersion: migration.schemaVersion,
        latestSchemaVersion: migration.latestSchemaVersion,
      },
      customersRepo,
      ordersRepo,
    }),
    settings: settingsService,
    customers: createCustomersService({
      customersRepo,
      detailRepo,
      editsRepo,
      tagsRepo,
      inTransaction: inWriteTransaction,
      now,
    }),
    tags: createTagsService({ tagsRepo, now }),
    views: createSavedViewsService({ repo: createSavedViewsRepo(conn.sqlite), now }),
    exports: createExportService({
      repo: exportRepo,
      folder: exportsFolder,
      now,
      timeZone: () => settingsService.get().timeZone,
      ...(options.revealFile ? { revealFile: options.revealFile } : {}),
    }),
    merges: createCustomerMergeService({
      merges: createCustomerMergesRepo(conn.sqlite),
      detailRepo,
      importRepo: createImportRepo(conn.sqlite),
      inTransaction: inWriteTransaction,
      afterFiguresChanged: (ids, after) => tiers.refreshCustomers(ids, after),
      now,
    }),
    stats: createStatsRepo(conn.sqlite),
    tiers,
    birthdays: createBirthdaysService({
      repo: birthdaysRepo,
      tiers: () => tiersRepo.tiers(),
      nonMemberOffer: () => tiers.nonMember(),
      shopName: () => settingsService.get().shopName,
      staffActive: (id) => tagsRepo.staffActive(id),
      customerExists: (id) => editsRepo.isActive(id),
      inTransaction: inWriteTransaction,
      now,
      timeZone,
    }),
    careRules,
    rfm,
    predictions,
    segmentTasks: createSegmentTasksService({
      rfm,
      repo: createFollowUpCampaignsRepo(conn.sqlite),
      staffActive: (id) => tagsRepo.staffActive(id),
      inTransaction: inWriteTransaction,
      now,
    }),
    reports,
    backups,
    followUps,
    memberList: createMemberListService({ staging, editsRepo, matches: createMemberMatchRepo(conn.sqlite), inTransaction: inWriteTransaction, now }),
    imports: createImportsService({
      staging,
      mappings,
      jobs,
      history: createImportHistoryRepo(conn.sqlite),
      timeZone,
    }),
    privacy,
    restore: createRestoreRequests({
      backups,
      problemWithBackup,
      importBusy: () => jobs?.busy() ?? false,
      restoreBook: options.restoreBook ?? null,
    }),
  });
  const importService = createImportService({
    repo: createImportRepo(conn.sqlite),
    sources: createSourceFilesRepo(conn.sqlite),
    mappings,
    inTransaction: (keep, work) => inTransaction(conn.sqlite, keep, work),
    now,
    timeZone,
  });
  safely('tiers.checkDaily', () => tiers.checkDaily());
  safely('careRules.ensureDefaults', () => careRules.ensureDefaults());
  safely('followUps.startOfDay', () => generator.ensureToday());
  if (!options.predictionsOnRequest) safely('predictions.startOfDay', () => predictions.ensureFresh());
  // In the background: a big book takes a while to copy, and the window need not wait for it. A
  // backup cut short by closing the app leaves no file and is taken at the next start.
  let closed = false;
  if (options.dailyBackup) {
    backups.ensureDaily().catch((error: unknown) => {
      if (!closed) logError(maskPersonalData(`[backups.daily] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    });
  }

  const importPathsOnce = async (files: { name: string; path: string }[], importOptions: { commit: boolean }): Promise<ImportSummary> => {
    if (!workerOptions) {
      const sources = files.map((file) => fileSource(file.path, file.name));
      try {
        return importService.importFiles(sources, importOptions);
      } finally {
        for (const source of sources) source.close();
      }
    }
    return importInWorker((request) => startThreadWorker(workerOptions.scriptPath, request), {
      dbPath: options.dbPath,
      nativeBinding: workerOptions.nativeBinding,
      files,
      commit: importOptions.commit,
      now: now(),
    });
  };

  return {
    dispatch: createDispatch(handlers, {
      logError,
      resolveSession: (token) => auth.resolve(token),
      audit: (principal, action, label, detail, customerId) => audit.record(principal, action, label, detail, customerId),
    }),
    subscribe: events.subscribe,
    migration,
    importFiles: (sources, importOptions) => {
      if (importOptions.commit) backups.takeNow('beforeImport');
      const summary = importService.importFiles(sources, importOptions);
      if (importOptions.commit) tiersAfterImport();
      return summary;
    },
    importPaths: async (files, importOptions) => {
      if (importOptions.commit) await backups.take('beforeImport');
      const summary = await importPathsOnce(files, importOptions);
      if (importOptions.commit) tiersAfterImport();
      return summary;
    },
    backupTo: (destination) => backupDatabase(conn.sqlite, destination),
    checkBook: () => checkBook(createBookCheckRepo(conn.sqlite)),
    backupFolder: () => backups.folder(),
    exportCustomers: async (request) => {
      const written = await exportCustomers(exportRepo, request);
      audit.record(COMMAND_LINE, 'customers.export', '导出客户名单', `${written.rows.toLocaleString('zh-CN')} 位客户，${request.format.toUpperCase()}，文件 ${request.path}`);
      return written;
    },
    writeReportWorkbook: (from, to, path) => {
      const written = reports.exports.writeWorkbook(from, to, path);
      audit.record(COMMAND_LINE, 'reports.export', '导出报表', `${from} 至 ${to}，XLSX，文件 ${path}`);
      return written;
    },
    exportFile: (fileName) => exportsFolder.resolve(fileName),
    sessionRole: (token) => auth.resolve(token)?.role ?? null,
    resumeLan: () => lan.resume(),
    resetPassword: async (name, password) => {
      const account = await accounts.resetByName(name, password);
      audit.record(COMMAND_LINE, 'accounts.resetPassword', '重置账号密码', `账号：${account.name}（命令行）`);
    },
    afterRestore: ({ source, saved, by }) => {
      const erasedAgain = privacy.eraseAgainAfterRestore(readPreviousErasures(saved, options.nativeBinding));
      const again = erasedAgain > 0 ? `；恢复前删除过个人信息的 ${erasedAgain} 位客户已再次删除` : '';
      audit.record(by, 'backups.restore', '从备份恢复', `从 ${source} 恢复；恢复前的客户本另存为 ${saved}${again}`);
      return erasedAgain;
    },
    restored: () => Promise.resolve(),
    recordCommandLine: (action, label, detail) => audit.record(COMMAND_LINE, action, label, detail),
    predictionsIdle: () => predictions.idle(),
    close: () => {
      closed = true;
      predictions.close();
      staging.close();
      conn.close();
    },
  };
}

/**
 * The pre-upgrade backup goes where the owner keeps backups (a USB disk, a synced folder) when that
 * folder is there; an unplugged disk must not stop the app from opening, so the default is the fallback.
 */
function upgradeBackupDir(sqlite: Parameters<typeof readSettingBeforeMigration>[0], defaultDir: string): string {
  const chosen = readSettingBeforeMigration(sqlite, BACKUP_DIR_SETTING);
  if (typeof chosen !== 'string' || chosen === '') return defaultDir;
  try {
    return statSync(chosen).isDirectory() ? chosen : defaultDir;
  } catch {
    return defaultDir;
  }
}
