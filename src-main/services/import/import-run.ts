import { createInsertedOrders } from '../../core/import/inserted-orders';
import { exportTimeFromName, pairExportFiles, type ImportStep } from '../../core/import/export-pairing';
import { missingTaobaoOrderColumns } from '../../core/import/taobao-order-row';
import { ImportRefused } from './import-errors';
import { emptySummary, type ImportSummary } from './import-summary';
import type { RecognisedSource } from './recognise-file';
import { createRunState, type ImportRunDeps, type RunState } from './run-state';
import { importMappedFile, mappedImportPlan } from './mapped-file';
import { importItemsFile } from './taobao-items-file';
import { importOrdersFile } from './taobao-orders-file';

/**
 * Applies recognised files to the book, step by step (an orders file, then its items file).
 * Runs inside the caller's transaction: the caller commits, or rolls back for a preview.
 */
export function runImport(deps: ImportRunDeps, files: readonly RecognisedSource[]): ImportSummary {
  for (const file of files) {
    if (file.kind === 'alipay-bill') {
      throw new ImportRefused(file.source.name, '这是支付宝账单，不是订单导出文件。请在千牛「已卖出的宝贝 → 批量导出」下载订单报表。');
    }
    if (file.kind === 'unknown' && !file.source.mapping && !deps.mappings.recall(file.headers)) {
      throw new ImportRefused(
        file.source.name,
        `不认识这个文件的表头（第一行是「${file.headers.slice(0, 4).join('、')}…」）。如果它是订单表，请在导入页面为它选择对应的列（订单号、订单状态、实付金额）。`,
      );
    }
    if (file.kind === 'taobao-orders') {
      const missing = missingTaobaoOrderColumns(file.headers);
      if (missing.length > 0) throw new ImportRefused(file.source.name, `表头里缺少「${missing.join('」「')}」列，无法导入。`);
    }
  }
  const summary = emptySummary();
  const run = createRunState(deps, summary);
  const steps = pairExportFiles(files.map((f) => ({ file: f, name: f.source.name, kind: f.kind })));
  for (const step of steps) runStep(run, step);
  run.settleCustomers();
  run.forgetSourcesWithErased();
  return summary;
}

function runStep(run: RunState, step: ImportStep<RecognisedSource>): void {
  const stepShops = new Set<number>();
  const failedOrders = new Set<string>();
  const snapshotAt = exportTimeFromName((step.orders ?? step.items)!.name) ?? run.deps.nowInShop;
  const context = { stepShops, failedOrders, snapshotAt, insertedOrders: createInsertedOrders() };
  const orders = step.orders?.file;
  const mapped = orders ? mappedImportPlan(run.deps, orders) : null;
  if (orders && mapped) {
    importMappedFile(run, orders, { platform: mapped.platform, mapping: mapped.mapping, amounts: mapped.amounts, snapshotAt });
    if (orders.source.mapping) run.deps.mappings.remember(orders.headers, orders.source.mapping, run.deps.now);
  } else if (orders) importOrdersFile(run, orders, context);
  if (step.items) importItemsFile(run, step.items.file, context);
}

