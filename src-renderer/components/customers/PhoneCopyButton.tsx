import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';

/** Copies the whole phone number, to paste into 旺旺, WeChat or a courier's form. */
export function PhoneCopyButton(props: { phone: string }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.phone);
      void message.success('手机号已复制');
    } catch {
      // Browsers refuse the clipboard outside a secure page or without permission; say so plainly.
      void message.error('没能复制，请选中号码后按 Ctrl+C。');
    }
  };
  return (
    <Tooltip title="复制手机号">
      <Button type="text" size="small" icon={<CopyOutlined />} aria-label="复制手机号" onClick={() => void copy()} />
    </Tooltip>
  );
}
