import type { DuplicateDto } from '@contract';
import { Button, Card, Popconfirm, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { customerName, DUPLICATE_REASON_TEXT } from '../../format/customer';
import { useSession } from '../../hooks/session-context';
import type { QueryState } from '../../hooks/useApiQuery';
import { ActionRow } from './ActionRow';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/**
 * 可能是同一个人: other records with the same whole phone, or the same receiver at the same
 * address, offered for merging into this one (by the owner; 客服 see them as a hint). Hidden when
 * there are none.
 */
export function DuplicateSuggestions(props: { customerId: number; query: QueryState<DuplicateDto[]>; onMerged(): void }) {
  const save = useSaveAction(props.onMerged);
  const { isOwner } = useSession();
  const { data, error } = props.query;
  if (error) return <FieldError message={`没能查找重复的客户：${error.message}`} />;
  if (!data || data.length === 0) return null;

  return (
    <Card size="small" title="可能是同一个人" data-testid="duplicate-suggestions">
      {data.map((other) => (
        <ActionRow
          key={other.id}
          testId={`duplicate-${other.id}`}
          action={
            isOwner && (
              <Popconfirm
                title={`把「${customerName(other)}」合并到当前客户？`}
                description="订单、标签、备注合并到当前客户；可以撤销。"
                okText="合并"
                cancelText="不合并"
                onConfirm={() => save.run(() => api.call('customers.merge', { keepId: props.customerId, mergeId: other.id }))}
              >
                <Button size="small" loading={save.saving}>
                  合并到当前客户
                </Button>
              </Popconfirm>
            )
          }
        >
          <Tag color="gold">{DUPLICATE_REASON_TEXT[other.reason]}</Tag>
          <Typography.Text strong>{customerName(other)}</Typography.Text>
          {other.buyerNick && other.receiverName && <Typography.Text>{other.receiverName}</Typography.Text>}
          {other.phone && <Typography.Text type="secondary">{other.phone}</Typography.Text>}
          <Typography.Text type="secondary">{other.orderCount} 单</Typography.Text>
        </ActionRow>
      ))}
      <FieldError message={save.error} />
    </Card>
  );
}
