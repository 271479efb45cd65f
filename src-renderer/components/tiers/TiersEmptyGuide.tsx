import { Button, Flex } from 'antd';
import { EmptyGuide } from '../EmptyGuide';

/** Before any tier exists: what tiers do, and the quickest start (Taobao's four tiers, editable before saving). */
export function TiersEmptyGuide(props: { onUseDefaults(): void; onStartBlank(): void }) {
  return (
    <EmptyGuide
      title="还没有会员等级"
      actions={
        <Flex gap={8} justify="center">
          <Button type="primary" onClick={props.onUseDefaults}>
            用淘宝默认四级开始
          </Button>
          <Button onClick={props.onStartBlank}>自己设置</Button>
        </Flex>
      }
    >
      会员等级按客户的累计消费或订单数自动升级，每一级可以有自己的折扣、权益和生日优惠，客服在客户详情里一眼就能看到。
      先用淘宝默认的四级（普通会员、高级会员、VIP会员、至尊VIP），改好门槛后再保存。
    </EmptyGuide>
  );
}
