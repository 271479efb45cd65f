import { Flex, Skeleton } from 'antd';
import { useCallback } from 'react';
import { todayIn } from '../../format/relative-date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSettings } from '../../hooks/useSettings';
import { FollowUpHistoryCard } from '../follow-ups/FollowUpHistoryCard';
import { LoadError } from '../LoadError';
import { PredictionCard } from '../predictions/PredictionCard';
import { CareSettingsCard } from './CareSettingsCard';
import { CustomerFigures } from './CustomerFigures';
import { CustomerHeader } from './CustomerHeader';
import { CustomerPrivacyActions } from './CustomerPrivacyActions';
import { CustomerProfileCard } from './CustomerProfileCard';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { MergedFromList } from './MergedFromList';
import { NotesEditor } from './NotesEditor';
import { OrderTimeline } from './OrderTimeline';
import { TierCard } from './TierCard';

/** The drawer's content for one customer: loads it, and reloads it after every change made here. */
export function CustomerDetail(props: { customerId: number; onChanged(): void }) {
  const detail = useApiQuery('customers.get', { id: props.customerId });
  const duplicates = useApiQuery('customers.duplicates', { id: props.customerId });
  const { reload: reloadDetail } = detail;
  const { reload: reloadDuplicates } = duplicates;
  const { onChanged } = props;
  // Relative dates count days in the shop's time zone, as the server's dates do.
  const timeZone = useSettings()?.timeZone;

  const changed = useCallback(() => {
    reloadDetail();
    reloadDuplicates();
    onChanged();
  }, [reloadDetail, reloadDuplicates, onChanged]);

  const customer = detail.data;
  if (!customer) {
    return detail.error ? <LoadError error={detail.error} onRetry={detail.reload} /> : <Skeleton active paragraph={{ rows: 10 }} />;
  }
  return (
    <Flex vertical gap={16} data-testid="customer-detail">
      {detail.error && <LoadError error={detail.error} onRetry={detail.reload} />}
      <CustomerHeader customer={customer} onChanged={changed} />
      <CustomerFigures customer={customer} today={timeZone && todayIn(timeZone)} />
      <PredictionCard customerId={customer.id} />
      <TierCard customerId={customer.id} tier={customer.tier} onChanged={changed} />
      <CustomerProfileCard customer={customer} />
      <NotesEditor key={customer.notes ?? ''} customerId={customer.id} notes={customer.notes} onSaved={changed} />
      <CareSettingsCard customer={customer} onChanged={changed} />
      <FollowUpHistoryCard customerId={customer.id} orders={customer.orders} timeZone={timeZone} onChanged={onChanged} />
      <DuplicateSuggestions customerId={customer.id} query={duplicates} onMerged={changed} />
      <MergedFromList mergedFrom={customer.mergedFrom} onUnmerged={changed} />
      <CustomerPrivacyActions customer={customer} onErased={changed} />
      <OrderTimeline orders={customer.orders} ordersTotal={customer.ordersTotal} timeZone={timeZone} />
    </Flex>
  );
}
