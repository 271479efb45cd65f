import { changePasswordInput } from '@contract';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { schemaRule, showCallError } from './zod-rule';

interface PasswordForm {
  current: string;
  next: string;
  again: string;
}

/** 修改密码: the current one asked again; the account's other windows and PCs are signed out. */
export function ChangePasswordModal(props: { open: boolean; onClose(): void }) {
  const [form] = Form.useForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { message } = App.useApp();

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    props.onClose();
  };
  const change = async (values: PasswordForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await api.call('auth.changePassword', { current: values.current, next: values.next });
      void message.success('密码已修改。其他电脑上用这个账号登录的，需要用新密码重新登录。');
      close();
    } catch (error) {
      setProblem(showCallError(form, error, ['current', 'next']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="修改密码" open={props.open} onCancel={close} onOk={() => form.submit()} okText="修改" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void change(values)} requiredMark={false}>
        <Form.Item label="现在的密码" name="current" rules={[schemaRule(changePasswordInput.shape.current)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="next" rules={[schemaRule(changePasswordInput.shape.next)]} extra="至少 6 位。">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再输入一次新密码"
          name="again"
          dependencies={['next']}
          rules={[
            { required: true, message: '请再输入一次新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('next')) throw new Error('两次输入的新密码不一样');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} role="alert" />}
      </Form>
    </Modal>
  );
}
