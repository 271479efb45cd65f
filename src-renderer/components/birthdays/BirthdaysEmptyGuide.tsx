import { Button, Flex } from 'antd';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../EmptyGuide';

/** No birthdays in the window: orders carry none, so say where birthdays come from. No `onImport` for 客服 (importing is the owner's). */
export function BirthdaysEmptyGuide(props: { window: { from: string; to: string } | undefined; onImport?(): void }) {
  const navigate = useNavigate();
  return (
    <EmptyGuide
      title={props.window ? `${props.window.from} 至 ${props.window.to} 没有客户过生日` : '还没有客户生日'}
      actions={
        <Flex gap={8} justify="center">
          {props.onImport && (
            <Button type="primary" onClick={props.onImport}>
              导入会员生日
            </Button>
          )}
          <Button type={props.onImport ? 'default' : 'primary'} onClick={() => navigate('/customers')}>
            去客户列表
          </Button>
        </Flex>
      }
    >
      订单里没有生日。客服在「客户 → 详情 → 生日」里录入（公历或农历都可以），或者导入一份带生日的会员名单（CSV 或 Excel），这里就会列出即将过生日的客户和准备好的祝福。
    </EmptyGuide>
  );
}
