import type { CustomerDetailDto } from '@contract';
import { Card, Descriptions, Tooltip, Typography } from 'antd';
import { formatAddress } from '../../format/customer';
import { PhoneCopyButton } from './PhoneCopyButton';

/** Where the parcels go: receiver, phone and address from the latest orders. */
export function CustomerProfileCard(props: { customer: CustomerDetailDto }) {
  const { customer } = props;
  const address = formatAddress(customer);
  return (
    <Card size="small" title="收货信息">
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 72 } }}
        items={[
          { key: 'receiver', label: '收货人', children: customer.receiverName ?? '—' },
          {
            key: 'phone',
            label: '手机',
            children: customer.phone ? (
              <>
                <Typography.Text data-testid="customer-phone">{customer.phone}</Typography.Text>
                {customer.phoneMasked ? (
                  <Tooltip title="导出里的手机号打了星号，导入完整号码的报表后才能复制">
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      （部分隐藏）
                    </Typography.Text>
                  </Tooltip>
                ) : (
                  <PhoneCopyButton phone={customer.phone} />
                )}
              </>
            ) : (
              '—'
            ),
          },
          { key: 'address', label: '地址', children: address ?? '—' },
        ]}
      />
    </Card>
  );
}
