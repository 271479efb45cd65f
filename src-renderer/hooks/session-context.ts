import type { AccountDto } from '@contract';
import { createContext, useContext } from 'react';

/** The signed-in account of this window; the pages below the login only exist while there is one. */
export interface SignedInSession {
  account: AccountDto;
  isOwner: boolean;
  /** This window reached the app over the shop's LAN. */
  remote: boolean;
  /** 查看号码 is offered: the owner always, a 客服 when the owner allowed it (the backend checks again). */
  canRevealPhones: boolean;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SignedInSession | null>(null);

export function useSession(): SignedInSession {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs the signed-in app shell above it');
  return value;
}
