import { accountCreateInput, type AccountDto, type StaffDto } from '@contract';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { staffWithoutAccount } from '../../format/accounts';
import { schemaRule, showCallError } from '../auth/zod-rule';

interface CreateForm {
  name: string;
  password: string;
  /** 0: a new 客服 of the account's name. */
  staffId: number;
  canRevealPhones: boolean;
}

const NEW_STAFF = 0;

/** 新增客服账号: a login for one of the shop's 客服 (or a new 客服 of that name). */
export function AccountCreateModal(props: { open: boolean; accounts: readonly AccountDto[]; staff: readonly StaffDto[]; onClose(): void; onCreated(): void }) {
  const [form] = Form.useForm<CreateForm>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { message } = App.useApp();
  const name = (Form.useWatch('name', form) ?? '').trim();
  const free = staffWithoutAccount(props.staff, props.accounts);

  const close = () => {
    form.resetFields();
    setProblem(undefined);
    props.onClose();
  };
  const create = async (values: CreateForm) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await api.call('accounts.create', {
        name: values.name,
        password: values.password,
        staffId: values.staffId === NEW_STAFF ? null : values.staffId,
        canRevealPhones: values.canRevealPhones,
      });
      void message.success(`已新增客服账号「${created.name}」。请把账号名和初始密码告诉${created.staffName ?? created.name}。`);
      form.resetFields();
      props.onCreated();
      props.onClose();
    } catch (error) {
      setProblem(showCallError(form, error, ['name', 'password', 'staffId']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新增客服账号" open={props.open} onCancel={close} onOk={() => form.submit()} okText="新增" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form<CreateForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ staffId: NEW_STAFF, canRevealPhones: false }}
        onFinish={(values) => void create(values)}
      >
        <Form.Item label="账号名" name="name" rules={[schemaRule(accountCreateInput.shape.name)]} extra="客服登录时输入，例如 小美。">
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item label="初始密码" name="password" rules={[schemaRule(accountCreateInput.shape.password)]} extra="至少 6 位。告诉客服后，请他登录后在右上角「修改密码」改成自己的。">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="这个账号是哪位客服" name="staffId" extra="任务、生日祝福记在这位客服名下。">
          <Select
            aria-label="这个账号是哪位客服"
            options={[
              { value: NEW_STAFF, label: name ? `新建客服「${name}」` : '新建一位同名的客服' },
              ...free.map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
        </Form.Item>
        <Form.Item name="canRevealPhones" valuePropName="checked" extra="不勾选时，客服看到的手机号中间四位是星号（138****1234）；勾选后可以点「查看号码」看完整号码，每次都记在操作记录里。">
          <Checkbox>可查看手机号</Checkbox>
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} role="alert" />}
      </Form>
    </Modal>
  );
}
