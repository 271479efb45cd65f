import { createOwnerInput, type SessionDto } from '@contract';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { AuthFrame } from './AuthFrame';
import { schemaRule, showCallError } from './zod-rule';

interface OwnerForm {
  name: string;
  password: string;
  again: string;
}

/** 第一次使用: the book has no account yet; the person at this PC becomes the shop owner (店主). */
export function FirstStartPage(props: { remote: boolean; onSignedIn(session: SessionDto): void }) {
  const [form] = Form.useForm<OwnerForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const create = async (values: OwnerForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      props.onSignedIn(await api.call('auth.createOwner', { name: values.name, password: values.password }));
    } catch (error) {
      setProblem(showCallError(form, error, ['name', 'password']));
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="第一次使用：创建店主账号"
      testId="first-start-page"
      intro={
        <Typography.Paragraph type="secondary">
          店主账号可以做所有的事：导入订单、看报表、导出名单、改设置。以后每次打开掌柜客户本都要用它登录。
          店里的客服以后在「设置 → 账号」里各建一个自己的账号，只能看客户、做跟进和生日关怀。
        </Typography.Paragraph>
      }
    >
      {props.remote && (
        <Alert type="warning" showIcon title="请在开着掌柜客户本的那台电脑上创建店主账号。" style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => void create(values)} requiredMark={false}>
        <Form.Item label="店主账号名" name="name" rules={[schemaRule(createOwnerInput.shape.name)]}>
          <Input placeholder="例如：王掌柜" maxLength={20} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[schemaRule(createOwnerInput.shape.password)]} extra="至少 6 位；不要和淘宝、千牛的密码一样。">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再输入一次密码"
          name="again"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再输入一次密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('password')) throw new Error('两次输入的密码不一样');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" />}
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          创建店主账号并进入
        </Button>
      </Form>
    </AuthFrame>
  );
}
