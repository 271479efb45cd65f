import { Button } from 'antd';
import { customerName } from '../format/customer';

/** A customer's name in a list; clicking opens the customer drawer. */
export function CustomerNameButton(props: { customerId: number; buyerNick: string | null; receiverName: string | null; onOpen(id: number): void }) {
  return (
    <Button type="link" className="inline-link" onClick={() => props.onOpen(props.customerId)}>
      {customerName({ id: props.customerId, buyerNick: props.buyerNick, receiverName: props.receiverName })}
    </Button>
  );
}
