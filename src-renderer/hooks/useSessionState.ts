import type { SessionDto } from '@contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../api/api-call-error';

const SESSION_ENDED = '已经退出登录：登录过期了，或者店主停用了这个账号、重置了密码。请重新登录；登录不了时请问店主。';

export type SessionState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: ApiCallError }
  /** `notice`: why the login came back (the session ended), shown above the login form. */
  | { phase: 'ready'; session: SessionDto; notice?: string };

/**
 * Who is signed in at this window: asked once at start, replaced by what auth.login / createOwner /
 * logout answer, and dropped as soon as any call finds the session gone.
 */
export function useSessionState(): { state: SessionState; adopt(session: SessionDto): void; retry(): void } {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('auth.session', {}).then(
      (session) => current && setState({ phase: 'ready', session }),
      (error: unknown) =>
        current && setState({ phase: 'failed', error: error instanceof ApiCallError ? error : new ApiCallError({ code: 'NETWORK', message: String(error) }) }),
    );
    return () => {
      current = false;
    };
  }, [round]);

  useEffect(
    () =>
      api.onSessionLost(() => {
        api.sessionChanged(false);
        // The backend's message speaks of any window without a login; this one had one, so say what ended it.
        setState((before) =>
          before.phase === 'ready' && before.session.account
            ? { phase: 'ready', session: { ...before.session, account: null }, notice: SESSION_ENDED }
            : before,
        );
      }),
    [],
  );

  const adopt = useCallback((session: SessionDto) => {
    api.sessionChanged(session.account !== null);
    setState({ phase: 'ready', session });
  }, []);
  const retry = useCallback(() => {
    setState({ phase: 'loading' });
    setRound((n) => n + 1);
  }, []);
  return { state, adopt, retry };
}
