import { Button, Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { useSession } from '../hooks/session-context';
import { useApiQuery } from '../hooks/useApiQuery';

export function HomePage() {
  const navigate = useNavigate();
  const info = useApiQuery('app.info', {});
  // Importing is the owner's; a 客服 on an empty book is told who fills it.
  const { isOwner } = useSession();

  return (
    <>
      <PageHeading title="首页" description="客户本的概况：有多少客户、多少订单。" />
      {info.error && <LoadError error={info.error} onRetry={info.reload} />}
      {info.loading && !info.data && <Skeleton active />}
      {info.data && info.data.orderCount === 0 && (
        <EmptyGuide
          title="欢迎使用掌柜客户本"
          actions={
            isOwner && (
              <Button type="primary" size="large" onClick={() => navigate('/import')}>
                导入订单
              </Button>
            )
          }
        >
          {isOwner
            ? '客户本还是空的。第一步：在千牛「已卖出的宝贝 → 批量导出」下载订单报表和宝贝报表，再导入到这里，客户会自动整理出来。'
            : '客户本还是空的。店主导入千牛的订单后，这里会显示客户和订单的数量。'}
        </EmptyGuide>
      )}
      {info.data && info.data.orderCount > 0 && (
        <Row gutter={16}>
          <Col span={8}>
            <Card>
              <Statistic title="客户" value={info.data.customerCount} suffix="位" />
            </Card>
          </Col>
          <Col span={8}>
            <Card>
              <Statistic title="订单" value={info.data.orderCount} suffix="笔" />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
