import type { CustomersQuery, StaffDto, TagDto } from '@contract';
import { Alert, Button, Select, Space, message } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { formatCount } from '../../format/numbers';

type Target = { customerIds: number[] } | { query: CustomersQuery };

/**
 * Acts on the ticked customers, or on everyone the filters match (选中全部 N 位): tag, untag,
 * assign to a staff member (the owner only: `mayAssign`).
 */
export function BulkActionsBar(props: {
  selectedIds: number[];
  total: number;
  query: CustomersQuery;
  tags: TagDto[];
  staff: StaffDto[];
  mayAssign: boolean;
  onDone(): void;
  onClear(): void;
}) {
  const [allMatching, setAllMatching] = useState(false);
  const [tagIds, setTagIds] = useState<number[]>([]);
  const target: Target = allMatching ? { query: props.query } : { customerIds: props.selectedIds };
  const count = allMatching ? props.total : props.selectedIds.length;

  const act = async (work: () => Promise<{ changed: number }>, done: (changed: number) => string) => {
    try {
      const { changed } = await work();
      void message.success(done(changed));
      props.onDone();
    } catch (e) {
      void message.error(e instanceof ApiCallError ? e.message : String(e));
    }
  };

  return (
    <Alert
      className="bulk-actions"
      type="info"
      title={
        <Space wrap>
          <span>
            已选 <b>{formatCount(count)}</b> 位客户
          </span>
          {!allMatching && props.total > props.selectedIds.length && (
            <Button type="link" size="small" onClick={() => setAllMatching(true)}>
              选中全部 {formatCount(props.total)} 位筛选结果
            </Button>
          )}
          <Select mode="multiple" size="small" style={{ minWidth: 180 }} placeholder="选择标签" value={tagIds} onChange={setTagIds} options={props.tags.map((t) => ({ value: t.id, label: t.name }))} />
          <Button size="small" disabled={tagIds.length === 0} onClick={() => act(() => api.call('customers.tag', { selection: target, tagIds, action: 'add' }), (n) => `已打上标签（${formatCount(n)} 处）`)}>
            打标签
          </Button>
          <Button size="small" disabled={tagIds.length === 0} onClick={() => act(() => api.call('customers.tag', { selection: target, tagIds, action: 'remove' }), (n) => `已去掉标签（${formatCount(n)} 处）`)}>
            去掉标签
          </Button>
          {props.mayAssign && (
            <Select
              size="small"
              style={{ minWidth: 150 }}
              placeholder="分配给客服"
              value={null}
              options={[...props.staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name })), { value: 0, label: '取消分配' }]}
              onChange={(staffId: number) =>
                act(() => api.call('customers.assign', { selection: target, staffId: staffId === 0 ? null : staffId }), (n) => `已分配 ${formatCount(n)} 位客户`)
              }
            />
          )}
          <Button size="small" type="text" onClick={() => (setAllMatching(false), props.onClear())}>
            取消选择
          </Button>
        </Space>
      }
    />
  );
}
