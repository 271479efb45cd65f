import type { MethodInput, MethodName, MethodOutput } from '@contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../api/api-call-error';

export interface QueryState<T> {
  /** The last answer; kept while a newer request is loading so tables do not flicker. */
  data: T | undefined;
  error: ApiCallError | undefined;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  requestKey: string;
  data?: T;
  error?: ApiCallError;
}

/** Calls a read method when the input changes; the latest request wins. */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>): QueryState<MethodOutput<M>> {
  const inputKey = JSON.stringify(input);
  const [round, setRound] = useState(0);
  const requestKey = `${method}:${inputKey}:${round}`;
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>>>();

  useEffect(() => {
    let current = true;
    api.call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (data) => current && setAnswer({ requestKey, data }),
      (error: unknown) =>
        current &&
        setAnswer({
          requestKey,
          error: error instanceof ApiCallError ? error : new ApiCallError({ code: 'NETWORK', message: String(error) }),
        }),
    );
    return () => {
      current = false;
    };
  }, [method, inputKey, requestKey]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const settled = answer?.requestKey === requestKey;
  return { data: answer?.data, error: settled ? answer?.error : undefined, loading: !settled, reload };
}
