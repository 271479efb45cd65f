import type { CustomerDetailDto } from '@contract';
import { Card, Descriptions } from 'antd';
import { formatAddress } from '../../format/customer';
import { PhoneReveal } from './PhoneReveal';

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
            children: customer.phone ? <PhoneReveal customerId={customer.id} phone={customer.phone} phoneMasked={customer.phoneMasked} /> : '—',
          },
          { key: 'address', label: '地址', children: address ?? '—' },
        ]}
      />
    </Card>
  );
}
