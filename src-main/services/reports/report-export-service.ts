import { basename } from 'node:path';
import { writeFileWhole } from '../export/write-file-whole';
import { strToU8, zipSync } from 'fflate';
import type { ExportFileDto, MethodParsedInput, RfmSegmentsDto } from '../../contract';
import { workbookParts } from '../../core/export/xlsx-workbook';
import type { ReportDocument } from '../../core/reports/report-document';
import { reportPrintHtml } from '../../core/reports/report-print-html';
import { reportSheets } from '../../core/reports/report-sheets';
import { formatInShopTime } from '../../core/shop-time';
import type { ExportsFolder } from '../export/exports-folder';
import { UserFacingError } from '../user-facing-error';
import { drawReportCharts } from './report-charts';
import type { ReportDashboardService } from './report-dashboard-service';
import type { ReportSectionsService } from './report-sections-service';

/** What a report file needs besides the figures: the segments, the shop, where files go, the clock. */
export interface ReportFileDeps {
  segments: (asOf: string) => RfmSegmentsDto;
  shopName: () => string;
  folder: ExportsFolder;
  today: () => string;
  now: () => Date;
  timeZone: () => string;
  /** Prints a page to a PDF file: the desktop app's own printing, or a browser on the PC; absent, no PDF. */
  printPdf?: PdfPrinter;
}

export type PdfPrinter = (html: string, path: string) => Promise<{ bytes: number }>;

/** The whole report of a period as files: the XLSX workbook and the printable page. */
export function createReportExportService(deps: ReportFileDeps & { dashboard: ReportDashboardService; sections: ReportSectionsService }) {
  function document(from: string, to: string): ReportDocument {
    const period = { from, to };
    const today = deps.today();
    return {
      shopName: deps.shopName() || '我的店铺',
      from,
      to,
      madeAt: formatInShopTime(deps.now(), deps.timeZone()).slice(0, 16),
      dashboard: deps.dashboard.dashboard(period),
      tiers: deps.sections.tiers(period),
      segments: deps.segments(to < today ? to : today),
      products: deps.sections.products(period),
      care: deps.sections.care(period),
    };
  }

  function writeWorkbook(from: string, to: string, path: string): { rows: number; bytes: number } {
    const sheets = reportSheets(document(from, to));
    const zip = zipSync(Object.fromEntries(workbookParts(sheets).map((part) => [part.name, strToU8(part.xml)])), { level: 6 });
    writeFileWhole(path, zip);
    return { rows: sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0), bytes: zip.length };
  }

  function printPage(from: string, to: string): string {
    const doc = document(from, to);
    return reportPrintHtml(doc, drawReportCharts(doc));
  }

  return {
    writeWorkbook,
    printPage,
    async file(input: MethodParsedInput<'reports.export'>): Promise<ExportFileDto> {
      const { from, to, format } = input;
      if (format === 'pdf' && !deps.printPdf) {
        throw new UserFacingError('这台电脑上没找到能打印 PDF 的浏览器（Edge、Chrome 或 Chromium）。请用「打印」，在打印对话框里选「另存为 PDF」。');
      }
      // Made-at in the name: a report of the same days still open in Excel must not block a new one.
      const stamp = formatInShopTime(deps.now(), deps.timeZone()).replace(/[-: ]/g, '').replace(/^(\d{8})(\d{6})$/, '$1-$2');
      const path = deps.folder.newPath(`报表-${from}至${to}-${stamp}.${format}`);
      const written = format === 'pdf' && deps.printPdf ? { rows: 0, ...(await deps.printPdf(printPage(from, to), path)) } : writeWorkbook(from, to, path);
      return { fileName: basename(path), path, ...written };
    },
    printPageOf(input: MethodParsedInput<'reports.printPage'>): { html: string } {
      return { html: printPage(input.from, input.to) };
    },
  };
}

export type ReportExportService = ReturnType<typeof createReportExportService>;
