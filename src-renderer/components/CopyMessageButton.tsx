import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';

/**
 * 复制: puts a prepared message on the clipboard, to paste into 旺旺 or WeChat. `copiedHint` says
 * the one next step (e.g. 标记已发送).
 */
export function CopyMessageButton(props: { message: string; copiedHint: string; testId: string; onCopied(): void }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.message);
      void message.success(props.copiedHint);
      props.onCopied();
    } catch {
      // Browsers refuse the clipboard outside a secure page or without permission; say so plainly.
      void message.error('没能复制，请选中文字后按 Ctrl+C。');
    }
  };
  return (
    <Button size="small" icon={<CopyOutlined />} data-testid={props.testId} onClick={() => void copy()}>
      复制
    </Button>
  );
}
