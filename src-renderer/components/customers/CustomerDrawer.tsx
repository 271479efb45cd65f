import { Drawer } from 'antd';
import { useState } from 'react';
import { CustomerDetail } from './CustomerDetail';

/**
 * 客户详情: one customer's page beside the list, to check and edit a buyer while chatting.
 * `onChanged` tells the list to refresh after any change made here.
 */
export function CustomerDrawer(props: { customerId: number | null; onClose(): void; onChanged(): void }) {
  // The last opened customer stays rendered while the drawer slides shut, instead of going blank.
  const [shownId, setShownId] = useState(props.customerId);
  if (props.customerId !== null && props.customerId !== shownId) setShownId(props.customerId);

  return (
    <Drawer
      open={props.customerId !== null}
      onClose={props.onClose}
      placement="right"
      size={760}
      title="客户详情"
      destroyOnHidden
    >
      {shownId !== null && <CustomerDetail key={shownId} customerId={shownId} onChanged={props.onChanged} />}
    </Drawer>
  );
}
