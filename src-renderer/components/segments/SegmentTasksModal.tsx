import type { RfmSegmentDto } from '@contract';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import { formatCount } from '../../format/numbers';
import { TemplateInput } from '../TemplateInput';

/** A segment's tasks are about the customer, not an order: the order's variables would stay empty. */
const SEGMENT_VARIABLES = ['#昵称#', '#姓名#', '#等级#', '#优惠#', '#店铺#'] as const;

/** 建跟进任务 for a segment: a name and the message; one task per customer, due today, in 今日跟进. */
export function SegmentTasksModal(props: { segment: RfmSegmentDto; onClose(): void }) {
  const { segment } = props;
  const { staffId } = useCurrentStaff();
  const { message } = App.useApp();
  const [name, setName] = useState(`${segment.name.replace(/客户$/, '')}关怀`);
  const [template, setTemplate] = useState('亲，#昵称#，好久不见～#店铺#给您准备了一点心意，最近有需要随时找我们。');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const create = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const made = await api.call('rfm.createTasks', { segmentKey: segment.key, name, template, staffId });
      const leftOut = made.leftOut > 0 ? `，${formatCount(made.leftOut)} 位在黑名单或免打扰中未建` : '';
      void message.success(`已为「${segment.name}」建了 ${formatCount(made.created)} 个跟进任务${leftOut}，在「今日跟进」里处理`);
      props.onClose();
    } catch (error) {
      setProblem(error instanceof ApiCallError ? (error.details[0]?.message ?? error.message) : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={`为「${segment.name}」建跟进任务`} okText="建任务" cancelText="取消" confirmLoading={saving} onOk={() => void create()} onCancel={props.onClose}>
      <Typography.Paragraph type="secondary">
        给这一类的 {formatCount(segment.customers)} 位客户每人一个今天到期的任务（黑名单和免打扰的除外），按客户负责人分配，没有负责人的轮流分给客服。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="任务名称">
          <Input aria-label="任务名称" maxLength={20} value={name} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <Form.Item label="话术" extra="变量在任务里换成这位客户的内容。">
          <TemplateInput ariaLabel="话术" variables={SEGMENT_VARIABLES} placeholder="例如：亲，#昵称#，好久不见～" value={template} onChange={setTemplate} />
        </Form.Item>
      </Form>
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Modal>
  );
}
