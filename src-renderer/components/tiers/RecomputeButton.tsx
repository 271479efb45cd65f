import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../format/api-error';
import { formatSummaryDone } from '../../format/tiers';

/** 重新计算: applies the saved rules again (upgrades and expiry), as an import would. */
export function RecomputeButton(props: { onDone(): void }) {
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      const summary = await api.call('tiers.recompute', { full: false });
      void message.success(formatSummaryDone('已重新计算', summary));
      props.onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Tooltip title="按已保存的规则检查升级和到期（导入订单后会自动做）">
      <Button icon={<ReloadOutlined />} loading={running} onClick={() => void run()}>
        重新计算
      </Button>
    </Tooltip>
  );
}
