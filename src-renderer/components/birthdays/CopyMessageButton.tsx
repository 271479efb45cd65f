import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';

/** 复制: puts the prepared birthday message on the clipboard, to paste into 旺旺 or WeChat. */
export function CopyMessageButton(props: { message: string; onCopied(): void }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.message);
      void message.success('祝福已复制。发出后，点「标记已发送」。');
      props.onCopied();
    } catch {
      // Browsers refuse the clipboard outside a secure page or without permission; say so plainly.
      void message.error('没能复制，请选中祝福后按 Ctrl+C。');
    }
  };
  return (
    <Button size="small" icon={<CopyOutlined />} data-testid="copy-offer" onClick={() => void copy()}>
      复制
    </Button>
  );
}
