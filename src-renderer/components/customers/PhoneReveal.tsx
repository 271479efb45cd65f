import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../format/api-error';
import { looksMasked } from '../../format/phone';
import { useSession } from '../../hooks/session-context';
import { PhoneCopyButton } from './PhoneCopyButton';

const EXPORT_MASKED = '导出里的手机号打了星号，导入完整号码的报表后才能复制';

/**
 * The customer's phone. 客服 get it masked from the backend; 查看号码 asks for the whole number
 * (recorded in 操作记录 each time) when the account may, and it then stays shown in this drawer.
 */
export function PhoneReveal(props: { customerId: number; phone: string; phoneMasked: boolean }) {
  const session = useSession();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = revealed ?? props.phone;
  const masked = looksMasked(shown);
  // The owner's phones come whole; asterisks there are the export's, which no reveal can undo.
  const mayReveal = revealed === null && masked && session.canRevealPhones && !(session.isOwner && props.phoneMasked);

  const reveal = async () => {
    setBusy(true);
    try {
      const answer = await api.call('customers.revealPhone', { id: props.customerId });
      setRevealed(answer.phone ?? '—');
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Text data-testid="customer-phone">{shown}</Typography.Text>
      {mayReveal && (
        <Tooltip title="显示完整号码（会记在操作记录里）">
          <Button size="small" type="link" icon={<EyeOutlined />} loading={busy} onClick={() => void reveal()} data-testid="reveal-phone">
            查看号码
          </Button>
        </Tooltip>
      )}
      {!masked && <PhoneCopyButton phone={shown} />}
      {masked && !mayReveal && (
        <Tooltip title={revealed !== null || session.isOwner || props.phoneMasked ? EXPORT_MASKED : '客服账号看不到完整号码。需要时请店主在「设置 → 账号」里打开「可查看号码」。'}>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            （部分隐藏）
          </Typography.Text>
        </Tooltip>
      )}
    </>
  );
}
