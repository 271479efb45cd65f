import { CARE_RULE_KIND_NAMES } from '@contract';
import { Button, Flex } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../hooks/useApiQuery';
import { EmptyGuide } from '../EmptyGuide';

/**
 * Nothing to follow up: say where tasks come from, and the first thing to do (import, or look at
 * the rules). Both are the owner's: without `onShowRules` (a 客服) the guide only explains.
 */
export function FollowUpsEmptyGuide(props: { onShowRules?(): void }) {
  const navigate = useNavigate();
  const stats = useApiQuery('stats.get', {});
  const emptyBook = stats.data?.orders === 0;
  const isOwner = props.onShowRules !== undefined;
  return (
    <EmptyGuide
      title="今天没有要跟进的客户"
      actions={
        <Flex gap={8} justify="center">
          {isOwner && emptyBook && (
            <Button type="primary" onClick={() => navigate('/import')}>
              导入订单
            </Button>
          )}
          {isOwner && (
            <Button type={emptyBook ? 'default' : 'primary'} onClick={props.onShowRules}>
              查看跟进规则
            </Button>
          )}
        </Flex>
      }
    >
      {emptyBook
        ? '跟进任务由订单生成。先导入千牛导出的订单，确认收货后回访、复购提醒、生日关怀等任务就会按规则每天出现在这里。'
        : `任务由「跟进规则」生成：${Object.values(CARE_RULE_KIND_NAMES).join('、')}。每天第一次打开、每次导入订单和修改规则后都会更新；想要更多任务，可以打开或放宽规则。`}
    </EmptyGuide>
  );
}
