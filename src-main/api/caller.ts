import type { Principal } from '../services/auth/principal';

/** A window of the app: the desktop window over IPC, or a browser over HTTP. */
export interface WindowCaller {
  kind: 'window';
  /** The session token the window holds (its cookie, or what the desktop app keeps for it). */
  token: string | null;
  /** The other PC's address over the shop's LAN; null for this PC. */
  remote: string | null;
  /** Gives the window a new token after signing in, or takes it away (null) on signing out. */
  setToken(token: string | null): void;
}

/** The command line and the backend's own callers (tests, the CLI): no window, no session. */
export interface LocalCaller {
  kind: 'local';
}

export type Caller = WindowCaller | LocalCaller;

export const LOCAL_CALLER: LocalCaller = { kind: 'local' };

/** What a handler knows about the call besides its input. */
export interface CallContext {
  caller: Caller;
  /** Who is signed in; null only for `public` methods called without a session. */
  principal: Principal | null;
}

export function remoteOf(caller: Caller): string | null {
  return caller.kind === 'window' ? caller.remote : null;
}

export function giveToken(caller: Caller, token: string | null): void {
  if (caller.kind === 'window') caller.setToken(token);
}
