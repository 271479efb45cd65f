import type { CustomerDetailDto } from '@contract';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { customerName } from '../../format/customer';
import { CustomerTagsEditor } from './CustomerTagsEditor';

/** Who this is at a glance: name, shop, the warnings staff must not miss, and the tags. */
export function CustomerHeader(props: { customer: CustomerDetailDto; onChanged(): void }) {
  const { customer } = props;
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="customer-name">
          {customerName(customer)}
        </Typography.Title>
        {customer.buyerNick && customer.receiverName && (
          <Typography.Text type="secondary">收货人 {customer.receiverName}</Typography.Text>
        )}
        {customer.blacklisted && (
          <Tooltip title={customer.blacklistReason ? `拉黑原因：${customer.blacklistReason}` : '已拉黑'}>
            <Tag color="red" variant="solid" data-testid="blacklisted-badge">
              黑名单
            </Tag>
          </Tooltip>
        )}
        {customer.doNotDisturb && (
          <Tooltip title="不接收关怀和营销消息">
            <Tag color="orange">免打扰</Tag>
          </Tooltip>
        )}
      </Flex>
      <Typography.Text type="secondary">{customer.shopName}</Typography.Text>
      <CustomerTagsEditor customerId={customer.id} tags={customer.tags} onChanged={props.onChanged} />
    </Flex>
  );
}
