import type { ReportCareDto, ReportDashboardDto, ReportProductsDto, ReportTiersDto, RfmSegmentsDto } from '../../contract';

/** Everything one report shows, for the file exports (XLSX and the A4 print). */
export interface ReportDocument {
  shopName: string;
  from: string;
  to: string;
  /** Shop time the report was made, 'YYYY-MM-DD HH:mm'. */
  madeAt: string;
  dashboard: ReportDashboardDto;
  tiers: ReportTiersDto;
  /** As of the period's last day (today when it ends later), the saved way. */
  segments: RfmSegmentsDto;
  products: ReportProductsDto;
  care: ReportCareDto;
}
