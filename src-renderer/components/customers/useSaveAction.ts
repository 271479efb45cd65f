import { useCallback, useState } from 'react';
import { errorText } from '../../format/api-error';

export interface SaveAction {
  saving: boolean;
  /** The server's refusal of the last attempt, shown where the user made the change. */
  error: string | undefined;
  /** Runs one change; true when it went through (then `onSaved` has been called). */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
}

/** One editable part of the drawer: its own busy flag and its own error, so errors stay next to their field. */
export function useSaveAction(onSaved: () => void): SaveAction {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      setSaving(true);
      setError(undefined);
      try {
        await work();
        onSaved();
        return true;
      } catch (failure) {
        setError(errorText(failure));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [onSaved],
  );
  const clearError = useCallback(() => setError(undefined), []);
  return { saving, error, run, clearError };
}
