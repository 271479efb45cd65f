import type { BackupDto } from '@contract';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { formatInstant } from '../../format/relative-date';

const WAIT_MS = 500;

/**
 * 恢复: after a clear question, the app saves the book, puts this backup in its place and reopens
 * it. The window then starts again (from the login, unless its session is in the backup too).
 */
export function RestoreBackupButton(props: { backup: BackupDto; timeZone: string }) {
  const { modal, message } = App.useApp();
  const [restoring, setRestoring] = useState(false);
  const when = formatInstant(props.backup.takenAt, props.timeZone);

  const restore = async () => {
    setRestoring(true);
    try {
      const started = await api.call('backups.restore', { fileName: props.backup.fileName });
      void message.loading({ content: `正在恢复…恢复前的客户本已另存为 ${started.savedAs}`, duration: 0 });
      await untilReopened();
      window.location.reload();
    } catch (error) {
      setRestoring(false);
      void message.error(error instanceof ApiCallError ? error.message : String(error));
    }
  };

  const ask = () =>
    modal.confirm({
      title: `用 ${when} 的备份恢复客户本？`,
      content: (
        <>
          <p>客户本会回到这份备份时的样子：之后导入的订单、写的备注、完成的跟进都不在了。</p>
          <p>恢复前的客户本会先另存为一份「恢复前」备份，恢复错了可以用它再恢复回来。恢复后各个窗口可能要重新登录（账号和密码也回到备份时的样子）。</p>
        </>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => void restore(),
    });

  return (
    <Button size="small" danger loading={restoring} onClick={ask} data-testid="restore-backup">
      恢复
    </Button>
  );
}

/** The app answers "正在恢复" until the restored book is open again. */
async function untilReopened(): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    try {
      await api.call('auth.session', {});
      return;
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.code !== 'REJECTED') return;
    }
  }
}
