import type { MethodParsedInput } from '../../contract';
import type { AccountDto } from '../../contract/dto/auth';
import { newPassword } from '../../contract/auth';
import { toAccountDto, type AccountsRepo } from '../../db/repos/accounts-repo';
import type { SessionsRepo } from '../../db/repos/sessions-repo';
import type { TagsRepo } from '../../db/repos/tags-repo';
import { UserFacingError } from '../user-facing-error';
import { hashPassword } from './password-hash';

export interface AccountsServiceDeps {
  accounts: AccountsRepo;
  sessions: SessionsRepo;
  staff: Pick<TagsRepo, 'staffIdByName' | 'staffActive' | 'createStaff'>;
  inTransaction<T>(work: () => T): T;
  now: () => Date;
}

/** 设置 → 账号: the owner's management of 客服 logins. */
export function createAccountsService(deps: AccountsServiceDeps) {
  function existing(id: number) {
    const account = deps.accounts.byId(id);
    if (!account) throw new UserFacingError('没有这个账号，请刷新页面。');
    return account;
  }

  function staffAccount(id: number) {
    const account = existing(id);
    if (account.role === 'owner') throw new UserFacingError('店主账号不能在这里修改；店主的密码请在右上角「修改密码」里改。');
    return account;
  }

  return {
    list: (): AccountDto[] => deps.accounts.all().map(toAccountDto),

    async create(input: MethodParsedInput<'accounts.create'>): Promise<AccountDto> {
      const passwordHash = await hashPassword(input.password);
      const id = deps.inTransaction(() => {
        if (deps.accounts.byName(input.name)) throw new UserFacingError(`已经有叫「${input.name}」的账号了，请换一个名字。`);
        const staffId = input.staffId ?? deps.staff.staffIdByName(input.name) ?? deps.staff.createStaff(input.name, deps.now().toISOString());
        if (!deps.staff.staffActive(staffId)) throw new UserFacingError('这位客服已停用或不存在，请先在 设置 → 客服 里启用。');
        if (deps.accounts.accountOfStaff(staffId) !== undefined) throw new UserFacingError('这位客服已经有账号了；忘记密码请用「重置密码」。');
        return deps.accounts.insert({ name: input.name, role: 'staff', staffId, passwordHash, canRevealPhones: input.canRevealPhones }, deps.now().toISOString());
      });
      return toAccountDto(existing(id));
    },

    update(input: MethodParsedInput<'accounts.update'>): AccountDto {
      staffAccount(input.id);
      deps.inTransaction(() => {
        deps.accounts.update(input.id, { ...(input.active !== undefined ? { active: input.active } : {}), ...(input.canRevealPhones !== undefined ? { canRevealPhones: input.canRevealPhones } : {}) });
        // A deactivated account is signed out at once, wherever it is open.
        if (input.active === false) deps.sessions.removeOfAccount(input.id);
      });
      return toAccountDto(existing(input.id));
    },

    /**
     * The command line's rescue for a forgotten owner password: whoever can run it on the PC can
     * read the book's file anyway. Any account, its sessions end.
     */
    async resetByName(name: string, password: string): Promise<AccountDto> {
      const parsed = newPassword.safeParse(password);
      if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? '密码不符合要求');
      const account = deps.accounts.byName(name.trim());
      if (!account) throw new UserFacingError(`没有叫「${name.trim()}」的账号。现有账号：${deps.accounts.all().map((a) => a.name).join('、') || '（还没有，请打开应用创建店主账号）'}`);
      const passwordHash = await hashPassword(password);
      deps.inTransaction(() => {
        deps.accounts.setPassword(account.id, passwordHash, deps.now().toISOString());
        deps.sessions.removeOfAccount(account.id);
      });
      return toAccountDto(existing(account.id));
    },

    async resetPassword(input: MethodParsedInput<'accounts.resetPassword'>): Promise<AccountDto> {
      staffAccount(input.id);
      const passwordHash = await hashPassword(input.password);
      deps.inTransaction(() => {
        deps.accounts.setPassword(input.id, passwordHash, deps.now().toISOString());
        deps.sessions.removeOfAccount(input.id);
      });
      return toAccountDto(existing(input.id));
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
