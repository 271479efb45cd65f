import type { SessionDto } from '../../contract/dto/auth';
import { afterFailedLogin, waitBeforeLogin, type ThrottleState } from '../../core/auth/login-throttle';
import { isSessionExpired, needsTouch, sessionExpiry } from '../../core/auth/session-expiry';
import { toAccountDto, type AccountRow, type AccountsRepo } from '../../db/repos/accounts-repo';
import type { SessionsRepo } from '../../db/repos/sessions-repo';
import { UserFacingError } from '../user-facing-error';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from './password-hash';
import { THIS_PC, type Principal } from './principal';
import { hashSessionToken, newSessionToken } from './session-token';

export interface AuthEvents {
  /** Logins, failed logins and logouts go to the audit log. */
  record(principal: Principal | null, action: string, label: string, detail: string): void;
}

export interface AuthServiceDeps {
  accounts: AccountsRepo;
  sessions: SessionsRepo;
  /** One write transaction: "no account yet" and creating the owner must not interleave with another window. */
  inTransaction<T>(work: () => T): T;
  events: AuthEvents;
  now: () => Date;
}

/** Where a window's call came from: null is this PC (the desktop window, or a browser on 127.0.0.1). */
export type Remote = string | null;

export interface SignedIn {
  token: string;
  session: SessionDto;
}

const WRONG_PASSWORD = '账号或密码不对，请再试一次。';

/** Signing in and out, first start, own passwords; sessions as hashed random tokens that expire. */
export function createAuthService(deps: AuthServiceDeps) {
  const throttle = new Map<string, ThrottleState>();

  function principalOf(account: AccountRow, where: string, tokenHash: string | null): Principal {
    return {
      accountId: account.id,
      name: account.name,
      role: account.role,
      staffId: account.staffId,
      canRevealPhones: account.role === 'owner' || account.canRevealPhones,
      where,
      tokenHash,
    };
  }

  function startSession(account: AccountRow, remote: Remote): SignedIn {
    const token = newSessionToken();
    const now = deps.now();
    deps.sessions.removeExpired(now.toISOString());
    deps.sessions.insert(
      { tokenHash: hashSessionToken(token), accountId: account.id, lastSeenAt: now.toISOString(), expiresAt: sessionExpiry(now).toISOString(), remote: remote ?? THIS_PC },
      now.toISOString(),
    );
    deps.accounts.recordLogin(account.id, now.toISOString());
    const fresh = deps.accounts.byId(account.id) ?? account;
    return { token, session: { needsOwner: false, account: toAccountDto(fresh), remote: remote !== null } };
  }

  function throttleKeys(name: string, remote: Remote): string[] {
    return [`name:${name}`, `from:${remote ?? THIS_PC}`];
  }

  return {
    /** The signed-in principal of a token, or null (unknown, expired, account deactivated). */
    resolve(token: string | null): Principal | null {
      if (!token) return null;
      const tokenHash = hashSessionToken(token);
      const session = deps.sessions.get(tokenHash);
      if (!session) return null;
      const now = deps.now();
      if (isSessionExpired(session.expiresAt, now)) {
        deps.sessions.remove(tokenHash);
        return null;
      }
      const account = deps.accounts.byId(session.accountId);
      if (!account?.active) return null;
      if (needsTouch(session.lastSeenAt, now)) deps.sessions.touch(tokenHash, now.toISOString(), sessionExpiry(now).toISOString());
      return principalOf(account, session.remote, tokenHash);
    },

    session(principal: Principal | null, remote: Remote): SessionDto {
      const account = principal?.accountId ? deps.accounts.byId(principal.accountId) : null;
      return { needsOwner: deps.accounts.count() === 0, account: account ? toAccountDto(account) : null, remote: remote !== null };
    },

    async login(name: string, password: string, remote: Remote): Promise<SignedIn> {
      const nowMs = deps.now().getTime();
      const keys = throttleKeys(name, remote);
      const waitMs = Math.max(...keys.map((key) => waitBeforeLogin(throttle.get(key), nowMs)));
      if (waitMs > 0) throw new UserFacingError(`密码错误次数太多，请 ${Math.ceil(waitMs / 1000)} 秒后再试。`);
      const account = deps.accounts.byName(name);
      // An unknown name costs as long as a wrong password, so names cannot be probed by timing.
      const matches = await verifyPassword(password, account?.passwordHash ?? UNUSABLE_HASH);
      if (!account || !matches) {
        for (const key of keys) throttle.set(key, afterFailedLogin(throttle.get(key), deps.now().getTime()));
        deps.events.record(null, 'auth.loginFailed', '登录失败', `账号名：${name}；位置：${remote ?? THIS_PC}`);
        throw new UserFacingError(WRONG_PASSWORD);
      }
      if (!account.active) throw new UserFacingError('这个账号已停用，请找店主。');
      for (const key of keys) throttle.delete(key);
      const signedIn = startSession(account, remote);
      deps.events.record(principalOf(account, remote ?? THIS_PC, null), 'auth.login', '登录', `位置：${remote ?? THIS_PC}`);
      return signedIn;
    },

    logout(principal: Principal | null): SessionDto {
      if (principal?.tokenHash) {
        deps.sessions.remove(principal.tokenHash);
        deps.events.record(principal, 'auth.logout', '退出登录', '');
      }
      return { needsOwner: deps.accounts.count() === 0, account: null, remote: false };
    },

    async createOwner(name: string, password: string, remote: Remote): Promise<SignedIn> {
      if (remote !== null) throw new UserFacingError('店主账号只能在开店的这台电脑上创建。');
      const passwordHash = await hashPassword(password);
      const owner = deps.inTransaction(() => {
        if (deps.accounts.count() > 0) throw new UserFacingError('已经有店主账号了，请直接登录。');
        const id = deps.accounts.insert({ name, role: 'owner', staffId: null, passwordHash, canRevealPhones: true }, deps.now().toISOString());
        return deps.accounts.byId(id)!;
      });
      const signedIn = startSession(owner, remote);
      deps.events.record(principalOf(owner, THIS_PC, null), 'auth.createOwner', '创建店主账号', `账号名：${name}`);
      return signedIn;
    },

    async changePassword(principal: Principal, current: string, next: string): Promise<{ changed: true }> {
      const account = principal.accountId ? deps.accounts.byId(principal.accountId) : null;
      if (!account) throw new UserFacingError('命令行没有自己的密码；请在窗口里登录后修改。');
      if (!(await verifyPassword(current, account.passwordHash))) throw new UserFacingError('现在的密码不对，密码没有改。');
      deps.accounts.setPassword(account.id, await hashPassword(next), deps.now().toISOString());
      // Anyone who learnt the old password is signed out everywhere else.
      deps.sessions.removeOfAccount(account.id, principal.tokenHash ?? '');
      return { changed: true };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
