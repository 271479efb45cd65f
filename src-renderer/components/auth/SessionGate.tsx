import type { SessionDto } from '@contract';
import { Alert, Button, Spin } from 'antd';
import { useCallback, useMemo, type ReactNode } from 'react';
import { api } from '../../api/client';
import { SessionContext, type SignedInSession } from '../../hooks/session-context';
import { useSessionState } from '../../hooks/useSessionState';
import { FirstStartPage } from './FirstStartPage';
import { LoginPage } from './LoginPage';

/**
 * Nothing of the app is shown, and nothing else is asked of the backend, until this window is
 * signed in: first the owner's account on a new book, then the login.
 */
export function SessionGate(props: { children: ReactNode }) {
  const { state, adopt, retry } = useSessionState();
  const session = state.phase === 'ready' ? state.session : null;
  const account = session?.account ?? null;

  const signOut = useCallback(async () => {
    // Even when the call fails (the PC is unreachable) this window forgets the account.
    const after: SessionDto = await api.call('auth.logout', {}).catch(() => ({ needsOwner: false, account: null, remote: session?.remote ?? false }));
    adopt(after);
  }, [adopt, session?.remote]);

  const signedIn = useMemo<SignedInSession | null>(
    () =>
      account && session
        ? {
            account,
            isOwner: account.role === 'owner',
            remote: session.remote,
            canRevealPhones: account.role === 'owner' || account.canRevealPhones,
            signOut,
          }
        : null,
    [account, session, signOut],
  );

  if (state.phase === 'loading') {
    return (
      <div className="auth-page">
        <Spin size="large" />
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="auth-page">
        <Alert type="error" showIcon title="打不开掌柜客户本" description={state.error.message} action={<Button onClick={retry}>重试</Button>} />
      </div>
    );
  }
  if (state.session.needsOwner) return <FirstStartPage remote={state.session.remote} onSignedIn={adopt} />;
  if (!signedIn) return <LoginPage notice={state.notice} onSignedIn={adopt} />;
  // Keyed by account: after signing in as someone else nothing of the last one's pages stays.
  return (
    <SessionContext.Provider key={signedIn.account.id} value={signedIn}>
      {props.children}
    </SessionContext.Provider>
  );
}
