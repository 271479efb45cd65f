import { CHURN_RISK_LEVELS, CHURN_RISK_NAMES, NON_MEMBER_TIER_NAME, type ChurnRiskLevel, type CustomersQuery, type StaffDto, type TagDto, type TierDto } from '@contract';
import { Button, Col, DatePicker, Form, InputNumber, Row, Select, Space, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';

interface FilterForm {
  provinces?: string[];
  cities?: string[];
  tagIds?: number[];
  tierIds?: number[];
  firstOrder?: [Dayjs, Dayjs] | null;
  lastOrder?: [Dayjs, Dayjs] | null;
  orderCountMin?: number | null;
  orderCountMax?: number | null;
  netSpentMinYuan?: number | null;
  netSpentMaxYuan?: number | null;
  birthdayMonth?: number | null;
  blacklisted?: 'yes' | 'no' | null;
  doNotDisturb?: 'yes' | 'no' | null;
  assignedStaffId?: number | null;
  churnRisk?: ChurnRiskLevel[];
}

const DAY = 'YYYY-MM-DD';
const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
const months = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }));
const churnRiskOptions = CHURN_RISK_LEVELS.map((level) => ({ value: level, label: CHURN_RISK_NAMES[level] }));

function toQuery(form: FilterForm): CustomersQuery {
  const q: CustomersQuery = {};
  if (form.provinces?.length) q.provinces = form.provinces;
  if (form.cities?.length) q.cities = form.cities;
  if (form.tagIds?.length) q.tagIds = form.tagIds;
  if (form.tierIds?.length) q.tierIds = form.tierIds;
  if (form.firstOrder) [q.firstOrderFrom, q.firstOrderTo] = [form.firstOrder[0].format(DAY), form.firstOrder[1].format(DAY)];
  if (form.lastOrder) [q.lastOrderFrom, q.lastOrderTo] = [form.lastOrder[0].format(DAY), form.lastOrder[1].format(DAY)];
  if (form.orderCountMin != null) q.orderCountMin = form.orderCountMin;
  if (form.orderCountMax != null) q.orderCountMax = form.orderCountMax;
  // The screen speaks yuan; the book keeps fen.
  if (form.netSpentMinYuan != null) q.netSpentMinFen = Math.round(form.netSpentMinYuan * 100);
  if (form.netSpentMaxYuan != null) q.netSpentMaxFen = Math.round(form.netSpentMaxYuan * 100);
  if (form.birthdayMonth != null) q.birthdayMonth = form.birthdayMonth;
  if (form.blacklisted) q.blacklisted = form.blacklisted === 'yes';
  if (form.doNotDisturb) q.doNotDisturb = form.doNotDisturb === 'yes';
  if (form.assignedStaffId != null) q.assignedStaffId = form.assignedStaffId;
  if (form.churnRisk?.length) q.churnRisk = form.churnRisk;
  return q;
}

function toForm(q: CustomersQuery): FilterForm {
  const range = (from?: string, to?: string): [Dayjs, Dayjs] | null => (from && to ? [dayjs(from), dayjs(to)] : null);
  return {
    provinces: q.provinces ?? [],
    cities: q.cities ?? [],
    tagIds: q.tagIds ?? [],
    tierIds: q.tierIds ?? [],
    firstOrder: range(q.firstOrderFrom, q.firstOrderTo),
    lastOrder: range(q.lastOrderFrom, q.lastOrderTo),
    orderCountMin: q.orderCountMin ?? null,
    orderCountMax: q.orderCountMax ?? null,
    netSpentMinYuan: q.netSpentMinFen === undefined ? null : q.netSpentMinFen / 100,
    netSpentMaxYuan: q.netSpentMaxFen === undefined ? null : q.netSpentMaxFen / 100,
    birthdayMonth: q.birthdayMonth ?? null,
    blacklisted: q.blacklisted === undefined ? null : q.blacklisted ? 'yes' : 'no',
    doNotDisturb: q.doNotDisturb === undefined ? null : q.doNotDisturb ? 'yes' : 'no',
    assignedStaffId: q.assignedStaffId ?? null,
    churnRisk: q.churnRisk ?? [],
  };
}

/** A 最少 – 最多 pair of numbers under one label. */
function RangeItem(props: { label: string; names: [keyof FilterForm, keyof FilterForm]; precision: number }) {
  const name = props.label.replace(/（.*）/, '');
  return (
    <Form.Item label={props.label}>
      <Space.Compact>
        {(['最少', '最多'] as const).map((bound, i) => (
          <Form.Item key={bound} name={props.names[i]} noStyle>
            <InputNumber min={0} precision={props.precision} placeholder={bound} aria-label={`${name}${bound}`} />
          </Form.Item>
        ))}
      </Space.Compact>
    </Form.Item>
  );
}

/**
 * The list's filters; 筛选 applies them, 清空 drops them all. `churnRiskUnavailable`: why the
 * predictions cannot sort customers into 流失风险 yet (the filter is off until they can).
 */
export function CustomerFilterPanel(props: {
  value: CustomersQuery;
  tags: TagDto[];
  staff: StaffDto[];
  tiers: TierDto[];
  churnRiskUnavailable?: string | null;
  onApply(query: CustomersQuery): void;
}) {
  const [form] = Form.useForm<FilterForm>();
  useEffect(() => form.setFieldsValue(toForm(props.value)), [form, props.value]);
  // 0 asks for customers without a tier.
  const tierOptions = [{ value: 0, label: NON_MEMBER_TIER_NAME }, ...props.tiers.map((t) => ({ value: t.id, label: t.name }))];
  const staffOptions = [{ value: 0, label: '未分配' }, ...props.staff.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name}（已停用）` }))];

  return (
    <Form form={form} layout="vertical" className="customer-filters" onFinish={(values) => props.onApply(toQuery(values))} aria-label="筛选客户">
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="provinces" label="省份">
            <Select mode="tags" placeholder="输入省份，如 浙江省" tokenSeparators={[',', '，', ' ']} open={false} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="cities" label="城市">
            <Select mode="tags" placeholder="输入城市，如 杭州市" tokenSeparators={[',', '，', ' ']} open={false} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="tagIds" label="标签（任一）">
            <Select mode="multiple" placeholder="选择标签" options={props.tags.map((t) => ({ value: t.id, label: t.name }))} optionFilterProp="label" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="assignedStaffId" label="负责客服">
            <Select allowClear placeholder="全部" options={staffOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="firstOrder" label="首次购买">
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="lastOrder" label="最近购买">
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <RangeItem label="订单数" names={['orderCountMin', 'orderCountMax']} precision={0} />
        </Col>
        <Col span={6}>
          <RangeItem label="累计消费（元）" names={['netSpentMinYuan', 'netSpentMaxYuan']} precision={2} />
        </Col>
        <Col span={6}>
          <Form.Item name="birthdayMonth" label="生日月份">
            <Select allowClear placeholder="全部" options={months} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="blacklisted" label="黑名单">
            <Select allowClear placeholder="全部" options={yesNo} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="doNotDisturb" label="免打扰">
            <Select allowClear placeholder="全部" options={yesNo} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="tierIds" label="会员等级（任一）">
            <Select mode="multiple" placeholder="全部" options={tierOptions} optionFilterProp="label" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="churnRisk"
            label="流失风险（任一）"
            extra={
              props.churnRiskUnavailable ? (
                // A disabled select shows no tooltip: the reason hangs on the line under it.
                <Tooltip title={props.churnRiskUnavailable}>
                  <span className="churn-risk-unavailable" data-testid="churn-risk-unavailable">
                    客户预测还不能用，为什么？
                  </span>
                </Tooltip>
              ) : (
                '按活跃概率：高 低于 30%，中 30%–70%，低 70% 以上'
              )
            }
          >
            <Select mode="multiple" placeholder="全部" options={churnRiskOptions} disabled={Boolean(props.churnRiskUnavailable)} aria-label="流失风险" data-testid="churn-risk-filter" />
          </Form.Item>
        </Col>
        <Col span={6} className="customer-filters-actions">
          <Space>
            <Button type="primary" htmlType="submit">
              筛选
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                props.onApply({});
              }}
            >
              清空
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
