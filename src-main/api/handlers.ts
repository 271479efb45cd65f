import type { StatsRepo } from '../db/repos/stats-repo';
import type { AppService } from '../services/app-service';
import type { CustomerMergeService } from '../services/customer-merge-service';
import type { CustomersService } from '../services/customers-service';
import type { ExportService } from '../services/export/export-service';
import type { ImportsService } from '../services/import/imports-service';
import type { SettingsService } from '../services/settings-service';
import type { TagsService } from '../services/tags-service';
import type { SavedViewsService } from '../services/saved-views-service';
import type { TiersService } from '../services/tiers/tiers-service';
import type { BirthdaysService } from '../services/birthdays/birthdays-service';
import type { MemberListService } from '../services/birthdays/member-list-service';
import type { CareRulesService } from '../services/follow-ups/care-rules-service';
import type { FollowUpsService } from '../services/follow-ups/follow-ups-service';
import type { RfmService } from '../services/rfm/rfm-service';
import type { PredictionsService } from '../services/predictions/predictions-service';
import type { SegmentTasksService } from '../services/rfm/segment-tasks-service';
import type { ReportServices } from '../services/reports/report-services';
import type { BackupService } from '../services/backups/backup-service';
import type { RestoreRequests } from '../services/backups/restore-requests';
import type { AuthService } from '../services/auth/auth-service';
import type { AccountsService } from '../services/auth/accounts-service';
import type { AuditService } from '../services/audit/audit-service';
import type { LanService } from '../services/lan/lan-service';
import type { PrivacyService } from '../services/privacy/privacy-service';
import type { CustomerPhoneRepo } from '../db/repos/customer-phone-repo';
import { revealPhone } from '../services/auth/phone-reveal';
import { ForbiddenError } from '../services/auth/forbidden-error';
import { giveToken, remoteOf } from './caller';
import type { Handlers } from './dispatch';

export interface Services {
  app: AppService;
  stats: StatsRepo;
  imports: ImportsService;
  settings: SettingsService;
  customers: CustomersService;
  tags: TagsService;
  merges: CustomerMergeService;
  exports: ExportService;
  views: SavedViewsService;
  tiers: TiersService;
  birthdays: BirthdaysService;
  memberList: MemberListService;
  careRules: CareRulesService;
  followUps: FollowUpsService;
  rfm: RfmService;
  predictions: PredictionsService;
  segmentTasks: SegmentTasksService;
  reports: ReportServices;
  backups: BackupService;
  restore: RestoreRequests;
  auth: AuthService;
  accounts: AccountsService;
  audit: AuditService;
  lan: LanService;
  privacy: PrivacyService;
  phones: CustomerPhoneRepo;
}

/** The handler table: one line per contract method, no logic of its own. */
export function createHandlers(services: Services): Handlers {
  return {
    'auth.session': (_input, { principal, caller }) => services.auth.session(principal, remoteOf(caller)),
    'auth.login': async (input, { caller }) => {
      const signedIn = await services.auth.login(input.name, input.password, remoteOf(caller));
      giveToken(caller, signedIn.token);
      return signedIn.session;
    },
    'auth.logout': (_input, { principal, caller }) => {
      giveToken(caller, null);
      return services.auth.logout(principal);
    },
    'auth.createOwner': async (input, { caller }) => {
      const signedIn = await services.auth.createOwner(input.name, input.password, remoteOf(caller));
      giveToken(caller, signedIn.token);
      return signedIn.session;
    },
    'auth.changePassword': (input, { principal }) => {
      if (!principal) throw new ForbiddenError('请先登录。');
      return services.auth.changePassword(principal, input.current, input.next);
    },
    'accounts.list': () => services.accounts.list(),
    'accounts.create': (input) => services.accounts.create(input),
    'accounts.update': (input) => services.accounts.update(input),
    'accounts.resetPassword': (input) => services.accounts.resetPassword(input),
    'audit.list': (input) => services.audit.list(input),
    'audit.export': (input) => services.audit.export(input),
    'lan.get': () => services.lan.get(),
    'lan.set': (input) => services.lan.set(input.enabled),
    'customers.revealPhone': (input, { principal }) => revealPhone(services.phones, principal, input.id),
    'customers.erase': (input) => services.privacy.erase(input),
    'customers.personalData': (input) => services.privacy.personalData(input),
    'app.info': () => services.app.info(),
    'settings.get': () => services.settings.get(),
    'settings.update': (input) => services.settings.update(input),
    'customers.list': (input) => services.customers.list(input),
    'customers.get': (input) => services.customers.get(input),
    'customers.update': (input) => services.customers.update(input),
    'customers.tag': (input) => services.customers.tag(input),
    'customers.assign': (input) => services.customers.assign(input),
    'customers.merge': (input) => services.merges.merge(input),
    'customers.unmerge': (input) => services.merges.unmerge(input),
    'customers.duplicates': (input) => services.merges.duplicates(input),
    'customers.export': (input) => services.exports.customers(input),
    'exports.reveal': (input) => services.exports.reveal(input),
    'views.list': () => services.views.list(),
    'views.save': (input) => services.views.save(input),
    'views.delete': (input) => services.views.remove(input.id),
    'tags.list': () => services.tags.list(),
    'tags.create': (input) => services.tags.create(input),
    'tags.update': (input) => services.tags.update(input),
    'tags.delete': (input) => services.tags.remove(input),
    'staff.list': () => services.tags.staff(),
    'staff.create': (input) => services.tags.createStaff(input),
    'staff.update': (input) => services.tags.updateStaff(input),
    'careRules.list': () => services.careRules.list(),
    'careRules.preview': (input) => services.careRules.preview(input),
    'careRules.save': (input) => services.careRules.save(input),
    'careRules.delete': (input) => services.careRules.remove(input),
    'followUps.list': (input) => services.followUps.list(input),
    'followUps.generate': (input) => services.followUps.generate(input),
    'followUps.start': (input) => services.followUps.start(input),
    'followUps.complete': (input) => services.followUps.complete(input),
    'followUps.skip': (input) => services.followUps.skip(input),
    'followUps.snooze': (input) => services.followUps.snooze(input),
    'followUps.reassign': (input) => services.followUps.reassign(input),
    'followUps.history': (input) => services.followUps.history(input),
    'followUps.staffFigures': (input) => services.followUps.staffFigures(input),
    'complaints.log': (input) => services.followUps.logComplaint(input),
    'rfm.segments': (input) => services.rfm.segments(input),
    'rfm.save': (input) => services.rfm.save(input),
    'rfm.flow': (input) => services.rfm.flow(input),
    'rfm.createTasks': (input) => services.segmentTasks.create(input),
    'predictions.status': () => services.predictions.status(),
    'predictions.recompute': () => services.predictions.recompute(),
    'predictions.customer': (input) => services.predictions.customer(input.customerId),
    'predictions.segments': (input) => services.predictions.segments(input),
    'reports.dashboard': (input) => services.reports.dashboard.dashboard(input),
    'reports.tiers': (input) => services.reports.sections.tiers(input),
    'reports.products': (input) => services.reports.sections.products(input),
    'reports.care': (input) => services.reports.sections.care(input),
    'reports.export': (input) => services.reports.exports.file(input),
    'reports.printPage': (input) => services.reports.exports.printPageOf(input),
    'reports.careEffect': (input) => services.reports.careEffect.careEffect(input),
    'customers.setTier': (input) => {
      services.tiers.setCustomerTier(input);
      return services.customers.get({ id: input.id });
    },
    'tiers.get': () => services.tiers.get(),
    'tiers.preview': (input) => services.tiers.preview(input),
    'tiers.save': (input) => services.tiers.save(input),
    'tiers.recompute': (input) => services.tiers.recompute(input.full ? 'rules' : 'daily'),
    'tiers.upgrades': (input) => services.tiers.upgrades(input),
    'tiers.nearNext': (input) => services.tiers.nearNext(input),
    'birthdays.upcoming': (input) => services.birthdays.upcoming(input),
    'birthdays.markSent': (input) => services.birthdays.markSent(input),
    'birthdays.unmarkSent': (input) => services.birthdays.unmarkSent(input),
    'birthdays.inspectList': (input) => services.memberList.inspect(input),
    'birthdays.previewList': (input) => services.memberList.run(input, { commit: false }),
    'birthdays.importList': (input) => services.memberList.run(input, { commit: true }),
    'stats.get': () => services.stats.bookStats(),
    'backups.list': () => services.backups.listed(),
    'backups.create': () => services.backups.createManual(),
    'backups.setFolder': (input) => services.backups.setFolder(input.dir),
    'backups.restore': (input, { principal }) => services.restore.start(input.fileName, principal),
    'uploads.begin': (input) => services.imports.beginUpload(input),
    'uploads.append': (input) => services.imports.appendUpload(input),
    'uploads.discard': (input) => services.imports.discardUpload(input),
    'imports.preview': (input) => services.imports.preview(input),
    'imports.inspect': (input) => services.imports.inspect(input),
    'imports.commit': (input) => services.imports.commit(input),
    'imports.cancel': (input) => services.imports.cancel(input),
    'imports.status': (input) => services.imports.status(input),
    'imports.history': (input) => services.imports.history(input),
    'imports.problems': (input) => services.imports.problems(input),
  };
}
