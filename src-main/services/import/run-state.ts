import { createCustomerTally, customerProfile, orderFigures } from '../../core/import/customer-tally';
import type { ImportProblem } from '../../core/import/import-problem';
import type { InsertedOrders } from '../../core/import/inserted-orders';
import { RAW_CELL_SEPARATOR } from '../../core/import/raw-cells';
import type { ImportedOrder } from '../../core/import/taobao-order-row';
import type { Platform } from '../../core/import/platform-presets';
import type { ImportRepo } from '../../db/repos/import-repo';
import type { SourceFilesRepo } from '../../db/repos/source-files-repo';
import type { ScanControl } from './delimited-file';
import type { MappingMemory } from './mapping-memory';
import { MAX_REPORTED_PROBLEMS, type ImportSummary } from './import-summary';
import type { RecognisedSource } from './recognise-file';
import { addWholeSource, startKeeping } from './source-archive';

export const PLATFORM: Platform = 'taobao';
/** Orders whose shop name column is empty (older layouts) go to this shop. */
export const DEFAULT_SHOP_NAME = '我的店铺';

export interface ImportRunDeps {
  repo: ImportRepo;
  mappings: MappingMemory;
  now: string;
  /** `now` as the shop reads it: the export time of files whose names carry none. */
  nowInShop: string;
  fileSha256(file: RecognisedSource): string;
  /** Where imported files are kept; null for a preview, which keeps nothing. */
  sources: SourceFilesRepo | null;
  control?: ScanControl;
  /** The bundled parse worker (dist/main/parse-worker.cjs); absent: files are read on this thread. */
  parseWorker?: string;
}

export type RunState = ReturnType<typeof createRunState>;

export function createRunState(deps: ImportRunDeps, summary: ImportSummary) {
  const shops = new Map<string, number>();
  // Customers whose personal data was deleted (删除客户): few, read once; their rows stay anonymous.
  const erased = new Set(deps.repo.erasedCustomerIds());
  const batchesWithErased = new Set<number>();
  return {
    deps,
    summary,
    /**
     * The parse worker, for a first import only. Every row of a first import is new, and reading
     * rows on a second thread while this one writes saves a fifth of the time. Later imports are
     * mostly unchanged rows, which this thread tells from a key and fingerprint without reading
     * them in full: cheaper than having whole rows read and copied over from another thread.
     */
    parseWorker: deps.parseWorker && !deps.repo.bookHasOrders() ? deps.parseWorker : undefined,
    /** Figures of the customers this run creates, summed as their orders are inserted. */
    tally: createCustomerTally(),
    /** Orders with this id or higher were inserted by this run, so none of their lines exist yet. */
    firstInsertedOrderId: Number.POSITIVE_INFINITY,
    /** Customers that existed before this run and whose orders it changed: recomputed at the end. */
    touchedCustomers: new Set<number>(),
    shopId(platform: Platform, name: string | null): number {
      const key = `${platform}\u0000${name ?? DEFAULT_SHOP_NAME}`;
      let id = shops.get(key);
      if (id === undefined) {
        id = deps.repo.shopId(platform, name ?? DEFAULT_SHOP_NAME, deps.now);
        shops.set(key, id);
      }
      return id;
    },
    /**
     * The order's customer; a new one is created from this order (which it then counts). Looked
     * up in SQLite every time: a JavaScript map of 400,000 buyers made the collector's work cost
     * a million-order import 9 s and 60 MB more than the lookups do.
     */
    customerId(shopId: number, order: ImportedOrder): { id: number; created: boolean } {
      let id = deps.repo.findCustomerId(shopId, order.identity.key);
      if (id === undefined && erased.size > 0) id = deps.repo.findErasedCustomerId(shopId, order.identity.key);
      let created = false;
      if (id === undefined) {
        id = deps.repo.insertCustomer(shopId, order.identity, customerProfile(order), orderFigures(order), deps.now);
        this.tally.created(id, order);
        created = true;
      }
      return { id, created };
    },
    isErased(customerId: number | null): boolean {
      return customerId !== null && erased.has(customerId);
    },
    /** The batch's file holds a row of an erased customer: the book must not keep a copy of it. */
    erasedRowIn(batchId: number): void {
      batchesWithErased.add(batchId);
    },
    /**
     * Drops the kept copies of files with rows of erased customers (kept by this run or before):
     * re-applying a mapping to them is given up so the archive never holds the person again.
     */
    forgetSourcesWithErased(): void {
      if (!deps.sources) return;
      for (const batchId of batchesWithErased) {
        const sha256 = deps.repo.batchSha(batchId);
        const kept = sha256 ? deps.sources.find(sha256) : undefined;
        if (kept) deps.sources.remove(kept.id);
      }
    },
    /** An order of this customer was inserted (and, unless `created`, not counted yet). */
    orderInserted(customer: { id: number; created: boolean }, order: ImportedOrder): void {
      if (customer.created) return;
      if (!this.tally.isCreated(customer.id)) this.touchedCustomers.add(customer.id);
      else if (this.tally.addOrder(customer.id, order)) deps.repo.updateCustomerProfile(customer.id, customerProfile(order));
    },
    /** An order of this customer was updated or moved away: their figures need the stored orders. */
    orderChanged(customerId: number): void {
      if (this.tally.isCreated(customerId)) this.tally.markUnsure(customerId);
      else this.touchedCustomers.add(customerId);
    },
    /** Writes every touched customer's figures and profile. */
    settleCustomers(): void {
      for (const [id, figures] of this.tally.grownFigures()) deps.repo.writeCustomerFigures(id, figures);
      deps.repo.recomputeCustomers([...this.touchedCustomers, ...this.tally.unsureIds()], deps.now);
      summary.customers.created = this.tally.createdCount;
      summary.customers.updated = this.touchedCustomers.size;
    },
    report(problems: readonly ImportProblem[]): void {
      for (const problem of problems) {
        summary.problemCount += 1;
        if (summary.problems.length < MAX_REPORTED_PROBLEMS) summary.problems.push(problem);
      }
    },
  };
}

export interface StepContext {
  stepShops: Set<number>;
  failedOrders: Set<string>;
  /** When the step's export was taken; rows of an export older than an order's stay unapplied. */
  snapshotAt: string;
  /** The orders the step's orders file inserted, for its items file. */
  insertedOrders: InsertedOrders;
}

export function startBatch(run: RunState, file: RecognisedSource, snapshotAt: string, platform: Platform = PLATFORM, sha256 = run.deps.fileSha256(file)): number {
  return run.deps.repo.startBatch({
    shopId: null,
    platform,
    exportedAt: snapshotAt,
    fileKind: file.kind === 'taobao-items' ? 'items' : 'orders',
    fileName: file.source.name,
    fileSha256: sha256,
    fileBytes: file.source.size,
    encoding: null,
    layout: file.label,
    headerCells: file.headers.map((h) => h.trim()).join(RAW_CELL_SEPARATOR),
    startedAt: run.deps.now,
  });
}

/** Keeps a file read on this thread with its batch (not for a preview, nor a file kept already). */
export function keepSource(run: RunState, file: RecognisedSource): void {
  const { sources, now } = run.deps;
  const sha256 = run.deps.fileSha256(file);
  const keeper = sources ? startKeeping(sources, sha256, file.source.size, now) : null;
  if (!keeper) return;
  addWholeSource(keeper, file.source);
  keeper.finish(sha256);
}

export type Outcome = 'inserted' | 'updated' | 'unchanged';
export type FileCounts = { rowCount: number; newCount: number; updatedCount: number; unchangedCount: number; errorCount: number };

export function newFileCounts(): FileCounts {
  return { rowCount: 0, newCount: 0, updatedCount: 0, unchangedCount: 0, errorCount: 0 };
}

export function countOutcome(counts: FileCounts, outcome: Outcome): void {
  if (outcome === 'inserted') counts.newCount += 1;
  else if (outcome === 'updated') counts.updatedCount += 1;
  else counts.unchangedCount += 1;
}

export function finishFile(
  run: RunState,
  file: RecognisedSource,
  batchId: number,
  shopId: number | null,
  counts: { rowCount: number; newCount: number; updatedCount: number; unchangedCount: number; errorCount: number },
  problems: ImportProblem[],
  encoding: string,
): void {
  run.deps.repo.finishBatch(batchId, { shopId, encoding, status: 'committed', finishedAt: run.deps.now }, counts);
  run.deps.repo.addProblems(batchId, problems.slice(0, MAX_REPORTED_PROBLEMS));
  run.report(problems);
  run.summary.files.push({
    name: file.source.name,
    label: file.label,
    encoding,
    rows: counts.rowCount,
    skippedRows: counts.errorCount,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    batchId,
  });
}
