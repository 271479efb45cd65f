import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ERASE_CONFIRM_WORD, confirmsErase } from '../../format/privacy';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

const DELETED = [
  '买家昵称、收货人、手机号、详细地址',
  '备注、生日、标签、拉黑原因、负责客服',
  '跟进里记下的客户反馈、跳过原因和投诉内容；还没处理的跟进任务会关闭',
  '这位客户所有订单上的收货人、电话、地址、买家留言、订单备注、商家备忘和物流单号',
  '合并进来的同一个人的记录（一起删除）',
  '客户本里保存的、含有这位客户的导入原文件（以后不能再对这些文件重新套用列对应）',
];

const KEPT = [
  '订单的金额、状态、日期和宝贝：销售额、报表、会员等级和客户分层都不变',
  '省、市、区（不能确定到人，地区报表需要）',
  '这条记录本身，显示为「已删除的客户 #编号」',
];

/**
 * 删除客户信息: says what goes and what stays, asks for the reason and for the name (or 删除)
 * typed back; the backend does the deleting.
 */
export function CustomerEraseModal(props: { open: boolean; customerId: number; shownName: string; onClose(): void; onErased(): void }) {
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const save = useSaveAction(props.onErased);
  const ready = reason.trim() !== '' && confirmsErase(typed, props.shownName);

  const erase = () => void save.run(() => api.call('customers.erase', { id: props.customerId, reason: reason.trim() }));

  return (
    <Modal
      title="删除客户信息"
      open={props.open}
      onCancel={props.onClose}
      onOk={erase}
      okText="永久删除"
      cancelText="取消"
      okButtonProps={{ danger: true, disabled: !ready, loading: save.saving }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        顾客本人要求删除个人信息时使用（《个人信息保护法》）。<Typography.Text strong>删除后无法恢复。</Typography.Text>
      </Typography.Paragraph>
      <Alert
        type="warning"
        showIcon
        title="会删除"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {DELETED.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        }
      />
      <Alert
        style={{ marginTop: 8 }}
        type="info"
        showIcon
        title="会保留"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {KEPT.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        以后再导入含有这位买家的订单，不会恢复这些信息；新订单记在这条记录上，同样不保存个人信息。已经做好的备份里仍有这位客户，按备份保留规则轮换后消失。
      </Typography.Paragraph>
      <Typography.Text>删除原因（必填，会记入操作记录；请不要写顾客的姓名或电话）</Typography.Text>
      <Input.TextArea
        aria-label="删除原因"
        value={reason}
        maxLength={200}
        autoSize={{ minRows: 2, maxRows: 4 }}
        placeholder="例如：顾客本人通过旺旺要求删除"
        onChange={(event) => setReason(event.target.value)}
        style={{ margin: '4px 0 12px' }}
      />
      <Typography.Text>
        请输入「{props.shownName}」或「{ERASE_CONFIRM_WORD}」确认
      </Typography.Text>
      <Input aria-label="确认删除" value={typed} onChange={(event) => setTyped(event.target.value)} onPressEnter={() => ready && erase()} style={{ marginTop: 4 }} />
      <FieldError message={save.error} />
    </Modal>
  );
}
