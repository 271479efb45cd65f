import { accountResetPasswordInput, type AccountDto } from '@contract';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { schemaRule, showCallError } from '../auth/zod-rule';

/** 重置密码: for a 客服 who forgot theirs; they are signed out everywhere and log in with the new one. */
export function ResetPasswordModal(props: { account: AccountDto | null; onClose(): void }) {
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { message } = App.useApp();
  const { account } = props;

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    props.onClose();
  };
  const reset = async (password: string) => {
    if (!account) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await api.call('accounts.resetPassword', { id: account.id, password });
      void message.success(`已重置「${account.name}」的密码`);
      close();
    } catch (error) {
      setProblem(showCallError(form, error, ['password']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={`重置「${account?.name ?? ''}」的密码`} open={account !== null} onCancel={close} onOk={() => form.submit()} okText="重置" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Typography.Paragraph type="secondary">这个账号在所有电脑上都会退出，需要用新密码重新登录。</Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void reset(values.password)}>
        <Form.Item label="新密码" name="password" rules={[schemaRule(accountResetPasswordInput.shape.password)]} extra="至少 6 位。">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} role="alert" />}
      </Form>
    </Modal>
  );
}
