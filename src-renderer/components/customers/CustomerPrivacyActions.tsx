import type { CustomerDetailDto } from '@contract';
import { App, Button, Card, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { customerName } from '../../format/customer';
import { isErasedCustomer } from '../../format/privacy';
import { useSession } from '../../hooks/session-context';
import { useExportFile } from '../../hooks/useExportFile';
import { CustomerEraseModal } from './CustomerEraseModal';

/**
 * 个人信息 (PIPL), for the owner only: hand a customer everything the book holds about them, or
 * delete it on their request. Staff never see this card; the backend refuses them anyway.
 */
export function CustomerPrivacyActions(props: { customer: CustomerDetailDto; onErased(): void }) {
  const { isOwner } = useSession();
  const { busy, run: runExport } = useExportFile();
  const [erasing, setErasing] = useState(false);
  const { message } = App.useApp();
  if (!isOwner) return null;

  const { customer } = props;
  const erased = isErasedCustomer(customer);
  const exportAs = (format: 'xlsx' | 'json') =>
    runExport(
      () => api.call('customers.personalData', { id: customer.id, format }),
      () => `客户 #${customer.id} 的个人信息`,
    );
  const erasedNow = () => {
    setErasing(false);
    void message.success('已删除这位客户的个人信息，订单金额和报表不变。');
    props.onErased();
  };

  return (
    <Card size="small" title="个人信息（仅店主可见）" data-testid="customer-privacy">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {erased
            ? '这位客户的个人信息已按本人要求删除；记录只保留订单金额、状态、日期、宝贝和省市区。'
            : '顾客要求查询或删除自己的信息时使用：查询导出这本客户本里关于他/她的全部内容；删除后无法恢复。'}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', label: 'Excel（.xlsx，每部分一张表）', onClick: () => void exportAs('xlsx') },
                { key: 'json', label: 'JSON（.json）', onClick: () => void exportAs('json') },
              ],
            }}
          >
            <Button loading={busy}>导出个人信息</Button>
          </Dropdown>
          {!erased && (
            <Button danger onClick={() => setErasing(true)}>
              删除客户信息
            </Button>
          )}
        </Flex>
      </Flex>
      {!erased && (
        <CustomerEraseModal
          open={erasing}
          customerId={customer.id}
          shownName={customerName(customer)}
          onClose={() => setErasing(false)}
          onErased={erasedNow}
        />
      )}
    </Card>
  );
}
