import { useSaveAction, type SaveAction } from '../customers/useSaveAction';

// The caller reports what the call answered itself (a toast with the counts), so nothing runs after.
const NO_FOLLOW_UP = () => {};

/** One call's busy flag and the server's refusal, shown where it was made (a dialog stays open then). */
export function useCallAction(): SaveAction {
  return useSaveAction(NO_FOLLOW_UP);
}
