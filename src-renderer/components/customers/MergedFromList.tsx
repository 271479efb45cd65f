import type { CustomerDetailDto } from '@contract';
import { Button, Card, Popconfirm, Typography } from 'antd';
import { api } from '../../api/client';
import { customerName } from '../../format/customer';
import { useSession } from '../../hooks/session-context';
import { ActionRow } from './ActionRow';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

type MergedRecord = CustomerDetailDto['mergedFrom'][number];

/** 已合并的记录: records merged into this customer, each of which the owner can split off again. */
export function MergedFromList(props: { mergedFrom: MergedRecord[]; onUnmerged(): void }) {
  const save = useSaveAction(props.onUnmerged);
  const { isOwner } = useSession();
  if (props.mergedFrom.length === 0) return null;

  return (
    <Card size="small" title="已合并的记录" data-testid="merged-from">
      {props.mergedFrom.map((record) => (
        <ActionRow
          key={record.id}
          testId={`merged-${record.id}`}
          action={
            isOwner && (
              <Popconfirm
                title={`撤销合并「${customerName(record)}」？`}
                description="两条记录重新分开，订单、标签、备注恢复到合并前；合并后改过的内容保留。"
                okText="撤销合并"
                cancelText="不撤销"
                onConfirm={() => save.run(() => api.call('customers.unmerge', { id: record.id }))}
              >
                <Button size="small" loading={save.saving}>
                  撤销合并
                </Button>
              </Popconfirm>
            )
          }
        >
          <Typography.Text>{customerName(record)}</Typography.Text>
          {record.buyerNick && record.receiverName && <Typography.Text type="secondary">{record.receiverName}</Typography.Text>}
        </ActionRow>
      ))}
      <FieldError message={save.error} />
    </Card>
  );
}
