import type { LanAccessDto } from '@contract';
import { Alert, App, Card, Flex, QRCode, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../format/api-error';
import { useSession } from '../../hooks/session-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';

/**
 * 店内多电脑: the shop's other PCs open the app in their browser. Off by default; while on, everyone
 * logs in, and 客服 see only their pages and masked phones.
 */
export function LanAccessCard() {
  const lan = useApiQuery('lan.get', {});
  // lan.set answers with the new state; it stands until the next load.
  const [changed, setChanged] = useState<LanAccessDto | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const { remote } = useSession();
  const state = changed ?? lan.data;

  const set = async (enabled: boolean) => {
    setBusy(true);
    try {
      const after = await api.call('lan.set', { enabled });
      setChanged(after);
      if (!after.problem) void message.success(enabled ? '已打开店内多电脑访问' : '已关闭店内多电脑访问，只有这台电脑能打开');
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="店内多电脑" data-testid="lan-card">
      {lan.error && <LoadError error={lan.error} onRetry={lan.reload} />}
      {!state && !lan.error && <Skeleton active paragraph={{ rows: 2 }} />}
      {state && (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            打开后，店里连着同一个网络（同一个路由器或 Wi-Fi）的其他电脑，可以在浏览器里输入下面的地址使用掌柜客户本，不用另外安装。每个人都要用自己的账号登录，客服只能看到自己能用的页面。
            第一次打开时 Windows 可能会询问是否允许通过防火墙，请选「允许」（专用网络）。不用时建议关闭。
          </Typography.Paragraph>
          <Flex gap={8} align="center">
            <Switch aria-label="店内多电脑访问" checked={state.enabled} loading={busy} disabled={!state.available} onChange={(on) => void set(on)} />
            <Typography.Text>{state.enabled ? '已打开：店里其他电脑可以访问' : '已关闭：只有这台电脑能打开'}</Typography.Text>
          </Flex>
          {remote && state.enabled && (
            <Typography.Text type="warning">你现在就是从店里另一台电脑打开的：关闭后，这个窗口也会连不上，只能回到开着掌柜客户本的那台电脑上再打开。</Typography.Text>
          )}
          {!state.available && (
            <Alert type="info" showIcon title="现在的启动方式不能打开店内多电脑访问" description="请在这台电脑上的掌柜客户本程序里打开这个开关。" />
          )}
          {state.problem && <Alert type="warning" showIcon title="没能打开店内多电脑访问" description={state.problem} data-testid="lan-problem" />}
          {state.enabled && state.urls.length > 0 && <LanAddresses urls={state.urls} />}
        </Flex>
      )}
    </Card>
  );
}

/** The addresses the other PCs type, and the first as a QR code for a phone or tablet. */
function LanAddresses(props: { urls: readonly string[] }) {
  return (
    <Flex gap={24} align="flex-start" wrap>
      <Flex vertical gap={4} data-testid="lan-urls">
        <Typography.Text>在店里其他电脑的浏览器地址栏输入：</Typography.Text>
        {props.urls.map((url) => (
          <Typography.Text key={url} code copyable={{ text: url, tooltips: ['复制地址', '已复制'] }} className="lan-url">
            {url}
          </Typography.Text>
        ))}
        {props.urls.length > 1 && <Typography.Text type="secondary">有几个地址时，先试第一个；打不开再试下一个。</Typography.Text>}
      </Flex>
      <Flex vertical align="center" gap={4}>
        <QRCode value={props.urls[0]!} size={140} />
        <Typography.Text type="secondary">手机或平板扫码打开</Typography.Text>
      </Flex>
    </Flex>
  );
}
