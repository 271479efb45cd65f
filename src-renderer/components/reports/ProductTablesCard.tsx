import type { ProductFiguresDto, ReportProductsDto } from '@contract';
import { Card, Col, Row, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { formatCount, formatFen } from '../../format/numbers';
import { formatPercentOrDash } from '../../format/report-sections';
import { useApiQuery, type QueryState } from '../../hooks/useApiQuery';
import { ReportSection } from './ReportSection';

const count = (n: number) => formatCount(n);

const TITLE_COLUMN: ColumnsType<ProductFiguresDto>[number] = {
  title: '商品',
  dataIndex: 'title',
  key: 'title',
  ellipsis: { showTitle: false },
  render: (title: string) => (
    <Typography.Text ellipsis={{ tooltip: title }}>
      {title}
    </Typography.Text>
  ),
};

const FIGURE_COLUMNS: ColumnsType<ProductFiguresDto> = [
  { title: '件数', dataIndex: 'quantity', key: 'quantity', align: 'right', width: 80, render: count },
  { title: '订单', dataIndex: 'orders', key: 'orders', align: 'right', width: 80, render: count },
  { title: '买家', dataIndex: 'buyers', key: 'buyers', align: 'right', width: 80, render: count },
  { title: '销售额', dataIndex: 'salesFen', key: 'salesFen', align: 'right', width: 130, render: (fen: number) => formatFen(fen) },
];

const REPEAT_COLUMNS: ColumnsType<ProductFiguresDto> = [
  { title: '回购人数', dataIndex: 'repeatBuyers', key: 'repeatBuyers', align: 'right', width: 90, render: count },
  { title: '回购率', dataIndex: 'repeatRate', key: 'repeatRate', align: 'right', width: 80, render: (rate: number | null) => formatPercentOrDash(rate) },
];

const TOP_COLUMNS = [TITLE_COLUMN, ...FIGURE_COLUMNS];
const REBOUGHT_COLUMNS = [TITLE_COLUMN, ...REPEAT_COLUMNS, ...FIGURE_COLUMNS];

type ProductsQuery = QueryState<ReportProductsDto>;

function ProductTable(props: { query: ProductsQuery; rows: readonly ProductFiguresDto[]; columns: ColumnsType<ProductFiguresDto>; testId: string; emptyText: string }) {
  return (
    <Table<ProductFiguresDto>
      size="small"
      data-testid={props.testId}
      columns={props.columns}
      dataSource={[...props.rows]}
      rowKey="title"
      loading={props.query.loading}
      pagination={props.rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      locale={{ emptyText: props.emptyText }}
    />
  );
}

/** 热销商品 and 回购最多的商品: two cards side by side on a wide window, over the same (slow) call. */
export function ProductTablesCard(props: { range: { from: string; to: string } }) {
  const products = useApiQuery('reports.products', props.range);
  const section = (title: string, extra: string, testId: string, body: (data: ReportProductsDto) => ReactNode) => (
    <Card size="small" title={title} extra={extra} data-testid={`${testId}-card`} style={{ height: '100%' }}>
      <ReportSection query={products} loadingText="正在统计商品……" rows={6}>
        {body}
      </ReportSection>
    </Card>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={12}>
        {section('热销商品', '按销售额', 'report-top-products', (data) => (
          <ProductTable query={products} rows={data.top} columns={TOP_COLUMNS} testId="report-top-products" emptyText="这段时间没有卖出商品。" />
        ))}
      </Col>
      <Col xs={24} xxl={12}>
        {section('回购最多的商品', '按回购人数', 'report-rebought-products', (data) => (
          <ProductTable query={products} rows={data.rebought} columns={REBOUGHT_COLUMNS} testId="report-rebought-products" emptyText="这段时间买过的商品还没有人再次购买。" />
        ))}
      </Col>
    </Row>
  );
}
