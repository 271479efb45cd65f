import type { Role } from '../../contract/access';

/** Who a call is made by, as the dispatcher and the audit log see it. */
export interface Principal {
  accountId: number | null;
  name: string;
  role: Role;
  staffId: number | null;
  canRevealPhones: boolean;
  /** 本机, the other PC's address, or 命令行. */
  where: string;
  /** The session's token hash (to end it on logout); null for the command line. */
  tokenHash: string | null;
}

export const THIS_PC = '本机';

/**
 * The command line and in-process callers: whoever can run it on the PC can open the book's file
 * anyway, so it acts as the owner, and the audit log says 命令行.
 */
export const COMMAND_LINE: Principal = {
  accountId: null,
  name: '命令行',
  role: 'owner',
  staffId: null,
  canRevealPhones: true,
  where: '命令行',
  tokenHash: null,
};
