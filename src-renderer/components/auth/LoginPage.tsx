import { loginInput, type SessionDto } from '@contract';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { AuthFrame } from './AuthFrame';
import { schemaRule, showCallError } from './zod-rule';

interface LoginForm {
  name: string;
  password: string;
}

/** 登录: name and password; the backend's refusals (wrong password, too many tries) shown as written. */
export function LoginPage(props: { notice?: string; onSignedIn(session: SessionDto): void }) {
  const [form] = Form.useForm<LoginForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const login = async (values: LoginForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      props.onSignedIn(await api.call('auth.login', values));
    } catch (error) {
      setProblem(showCallError(form, error, ['name', 'password']));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="登录"
      testId="login-page"
      intro={<Typography.Paragraph type="secondary">请用店主给你的账号登录。忘记密码时，请店主在「设置 → 账号」里重置。</Typography.Paragraph>}
    >
      {props.notice && !problem && <Alert type="info" showIcon title={props.notice} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void login(values)} requiredMark={false}>
        <Form.Item label="账号名" name="name" rules={[schemaRule(loginInput.shape.name)]}>
          <Input maxLength={20} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[schemaRule(loginInput.shape.password)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" data-testid="login-problem" />}
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          登录
        </Button>
      </Form>
    </AuthFrame>
  );
}
