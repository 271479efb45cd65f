import type { FollowUpActionDto } from '@contract';
import { App } from 'antd';
import { useCallback } from 'react';
import { api } from '../api/client';
import { errorText } from '../format/api-error';
import { completedText } from '../format/follow-ups';
import { formatCount } from '../format/numbers';

export interface TaskActions {
  start(taskId: number): Promise<boolean>;
  /** 标记已完成 right after copying the message: no note, no score. */
  completeNow(taskId: number): Promise<boolean>;
  reassign(taskIds: readonly number[], assigneeId: number, assigneeName: string): Promise<boolean>;
}

/**
 * The one-click task actions of the list, done as `staffId` (我是; null: the owner). Each says
 * what happened, or the server's refusal, and then `onChanged` reloads the list.
 */
export function useTaskActions(staffId: number | null, onChanged: () => void): TaskActions {
  const { message } = App.useApp();

  const run = useCallback(
    async (work: () => Promise<FollowUpActionDto>, done: (result: FollowUpActionDto) => string) => {
      try {
        const result = await work();
        void message.success(done(result));
        return true;
      } catch (failure) {
        void message.error(errorText(failure));
        return false;
      } finally {
        onChanged();
      }
    },
    [message, onChanged],
  );

  return {
    start: (taskId) => run(() => api.call('followUps.start', { taskId, staffId }), () => '已开始处理'),
    completeNow: (taskId) => run(() => api.call('followUps.complete', { taskIds: [taskId], staffId }), completedText),
    reassign: (taskIds, assigneeId, assigneeName) =>
      run(() => api.call('followUps.reassign', { taskIds: [...taskIds], staffId, assigneeId }), (result) => `已把 ${formatCount(result.changed)} 个任务改派给 ${assigneeName}`),
  };
}
