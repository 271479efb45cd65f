import type { CustomerListItemDto, CustomersQuery, SavedViewDto } from '@contract';
import { Alert, Button, Input, Space, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { BulkActionsBar } from '../components/customers/BulkActionsBar';
import { ColumnChooser } from '../components/customers/ColumnChooser';
import { CustomerDrawer } from '../components/customers/CustomerDrawer';
import { CustomerFilterPanel } from '../components/customers/CustomerFilterPanel';
import { customerTableColumns, sortFieldOf } from '../components/customers/customer-table-columns';
import { ExportButton } from '../components/customers/ExportButton';
import { SavedViewsMenu } from '../components/customers/SavedViewsMenu';
import { TagManagerModal } from '../components/customers/TagManagerModal';
import { VirtualCustomerTable } from '../components/customers/VirtualCustomerTable';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { formatCount } from '../format/numbers';
import { modelNotReadyReason } from '../format/predictions';
import { useSession } from '../hooks/session-context';
import { useApiQuery } from '../hooks/useApiQuery';
import { useCustomerList } from '../hooks/useCustomerList';
import { usePredictionModel } from '../hooks/usePredictionModel';

const activeFilterCount = (query: object) => Object.keys(query).length;

/** 客户: search first, filters beside it, the count, the list; a row opens the customer. */
export function CustomersPage() {
  const navigate = useNavigate();
  const opened = useLocation().state as { filters?: CustomersQuery; from?: string } | null;
  const state = useCustomerList(opened?.filters);
  // Importing, exporting, assigning and renaming/deleting tags are the owner's (the backend refuses 客服).
  const { isOwner } = useSession();
  const tags = useApiQuery('tags.list', {});
  const staff = useApiQuery('staff.list', {});
  const tiers = useApiQuery('tiers.get', {});
  const savedViews = useApiQuery('views.list', {});
  // Unknown (still loading, or an older server): the filter stays usable and the server decides.
  const predictions = usePredictionModel();
  const predictionsUnavailable = predictions.model ? modelNotReadyReason(predictions.model) : null;
  // Saving or deleting a view answers with the whole list; until then the loaded one.
  const [changedViews, setViews] = useState<SavedViewDto[] | null>(null);
  const views = changedViews ?? savedViews.data ?? [];
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [tagsOpen, setTagsOpen] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const { list } = state;
  // New predictions: the 活跃概率 shown (and the order by it) changed. Adjusted while rendering,
  // as React advises for state that follows a prop, so the list asks once per computation.
  const [listedChange, setListedChange] = useState(0);
  if (predictions.changedAt !== listedChange) {
    setListedChange(predictions.changedAt);
    list.reload();
  }
  const total = list.total ?? 0;
  const bookIsEmpty = !list.loading && total === 0 && !state.query.search && activeFilterCount(state.filters) === 0;
  const refresh = () => {
    list.reload();
    tags.reload();
  };

  return (
    <>
      <PageHeading title="客户" description="每位买家一条记录，由导入的订单整理而成。点一行查看和编辑客户。" />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {opened?.from && (
        <Alert
          type="info"
          showIcon
          className="customers-from-segment"
          data-testid="customers-from-segment"
          message={`客户分层「${opened.from}」的客户：筛选条件已按分层的分界值填好，可以直接导出名单或批量操作。`}
        />
      )}
      {bookIsEmpty ? (
        <EmptyGuide
          title="还没有客户"
          actions={
            isOwner && (
              <Button type="primary" onClick={() => navigate('/import')}>
                导入订单
              </Button>
            )
          }
        >
          {isOwner
            ? '客户来自订单：导入千牛导出的订单报表后，这里会列出每一位买家，以及他们的订单数、累计消费和最近购买时间。'
            : '客户来自订单：店主导入千牛导出的订单报表后，这里会列出每一位买家，以及他们的订单数、累计消费和最近购买时间。'}
        </EmptyGuide>
      ) : (
        <>
          <div className="list-toolbar">
            <Space wrap>
              <Input.Search
                allowClear
                className="customer-search"
                placeholder="搜索昵称、收货人、手机尾号、订单号"
                value={state.search}
                onChange={(e) => state.setSearch(e.target.value)}
                aria-label="搜索客户"
              />
              <Button type={activeFilterCount(state.filters) > 0 ? 'primary' : 'default'} ghost={activeFilterCount(state.filters) > 0} onClick={() => setFiltersOpen((open) => !open)}>
                筛选{activeFilterCount(state.filters) > 0 ? `（${activeFilterCount(state.filters)}）` : ''}
              </Button>
              <SavedViewsMenu
                views={views}
                current={{ query: state.filters, sortField: state.sort.field, sortOrder: state.sort.order, columns: state.columns }}
                onViewsChanged={setViews}
                onApply={(view) => {
                  state.setFilters(view.query);
                  state.setSort(view.sortField, view.sortOrder);
                  state.setColumns(view.columns);
                }}
              />
              <ColumnChooser value={state.columns} onChange={state.setColumns} />
              {isOwner && <Button onClick={() => setTagsOpen(true)}>管理标签</Button>}
              {isOwner && <ExportButton query={state.query} sort={state.sort} total={total} totalCapped={list.totalCapped} />}
            </Space>
            {list.total !== undefined && (
              <Typography.Text className="list-count">
                {list.totalCapped ? `匹配的客户太多，只列出前 ${formatCount(total)} 位，请多输入几个字` : `共 ${formatCount(total)} 位客户`}
              </Typography.Text>
            )}
          </div>
          {filtersOpen && (
            <CustomerFilterPanel value={state.filters} tags={tags.data ?? []} staff={staff.data ?? []} tiers={tiers.data?.tiers ?? []} churnRiskUnavailable={predictionsUnavailable} onApply={state.setFilters} />
          )}
          {selected.length > 0 && (
            <BulkActionsBar
              selectedIds={selected}
              total={list.totalCapped ? selected.length : total}
              query={state.query}
              tags={tags.data ?? []}
              staff={staff.data ?? []}
              mayAssign={isOwner}
              onDone={refresh}
              onClear={() => setSelected([])}
            />
          )}
          <VirtualCustomerTable
            window={list}
            resetKey={JSON.stringify([state.query, state.sort])}
            columns={customerTableColumns(state.columns, state.sort, predictionsUnavailable)}
            selectedIds={selected}
            onSelect={setSelected}
            onOpen={setOpenId}
            emptyText="没有符合条件的客户。换个搜索词，或清空筛选。"
            onChange={(_pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<CustomerListItemDto> | undefined;
              const field = sortFieldOf(s?.columnKey);
              if (field && s?.order) state.setSort(field, s.order === 'ascend' ? 'asc' : 'desc');
            }}
          />
        </>
      )}
      <TagManagerModal open={isOwner && tagsOpen} tags={tags.data ?? []} onClose={() => setTagsOpen(false)} onChanged={refresh} />
      <CustomerDrawer customerId={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
    </>
  );
}
