import type Database from 'better-sqlite3';
import type { CareRuleInput } from '../../contract/care-rules';
import type { CareRuleDto } from '../../contract/dto/follow-ups';

interface RuleRow {
  id: number;
  kind: CareRuleDto['kind'];
  name: string;
  enabled: number;
  priority: CareRuleDto['priority'];
  delayDays: number;
  fallbackDays: number | null;
  cycleDays: number | null;
  dormantDaysJson: string | null;
  tierIdsJson: string | null;
  minOrderFen: number | null;
  maxOrderFen: number | null;
  productKeywordsJson: string | null;
  shopIdsJson: string | null;
  capDays: number;
  assignMode: CareRuleDto['assignMode'];
  assignStaffId: number | null;
  template: string;
  holdoutPercent: number;
  aliveBelowPercent: number | null;
  minSpentFen: number | null;
  updatedAt: string;
}

const COLUMNS = `id, kind, name, enabled, priority, delay_days AS delayDays, fallback_days AS fallbackDays,
  cycle_days AS cycleDays, dormant_days_json AS dormantDaysJson, tier_ids_json AS tierIdsJson,
  min_order_fen AS minOrderFen, max_order_fen AS maxOrderFen, product_keywords_json AS productKeywordsJson,
  shop_ids_json AS shopIdsJson, cap_days AS capDays, assign_mode AS assignMode, assign_staff_id AS assignStaffId,
  template, holdout_percent AS holdoutPercent, alive_below_percent AS aliveBelowPercent, min_spent_fen AS minSpentFen,
  updated_at AS updatedAt`;

function parseList<T>(json: string | null): T[] | null {
  return json === null ? null : (JSON.parse(json) as T[]);
}

function toDto(row: RuleRow): CareRuleDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled === 1,
    priority: row.priority,
    delayDays: row.delayDays,
    fallbackDays: row.fallbackDays,
    cycleDays: row.cycleDays,
    dormantDays: parseList<number>(row.dormantDaysJson),
    filters: {
      tierIds: parseList<number>(row.tierIdsJson),
      minOrderFen: row.minOrderFen,
      maxOrderFen: row.maxOrderFen,
      productKeywords: parseList<string>(row.productKeywordsJson) ?? [],
      shopIds: parseList<number>(row.shopIdsJson),
    },
    capDays: row.capDays,
    assignMode: row.assignMode,
    assignStaffId: row.assignStaffId,
    template: row.template,
    holdoutPercent: row.holdoutPercent,
    aliveBelowPercent: row.aliveBelowPercent,
    minSpentFen: row.minSpentFen,
    updatedAt: row.updatedAt,
  };
}

function toParams(rule: Omit<CareRuleInput, 'id'>) {
  return {
    kind: rule.kind,
    name: rule.name,
    enabled: rule.enabled ? 1 : 0,
    priority: rule.priority,
    delayDays: rule.delayDays,
    fallbackDays: rule.fallbackDays,
    cycleDays: rule.cycleDays,
    dormantDaysJson: rule.dormantDays === null ? null : JSON.stringify(rule.dormantDays),
    tierIdsJson: rule.filters.tierIds === null ? null : JSON.stringify(rule.filters.tierIds),
    minOrderFen: rule.filters.minOrderFen,
    maxOrderFen: rule.filters.maxOrderFen,
    productKeywordsJson: rule.filters.productKeywords.length === 0 ? null : JSON.stringify(rule.filters.productKeywords),
    shopIdsJson: rule.filters.shopIds === null ? null : JSON.stringify(rule.filters.shopIds),
    capDays: rule.capDays,
    assignMode: rule.assignMode,
    assignStaffId: rule.assignStaffId,
    template: rule.template,
    holdoutPercent: rule.holdoutPercent,
    aliveBelowPercent: rule.kind === 'churnRisk' ? rule.aliveBelowPercent : null,
    minSpentFen: rule.kind === 'churnRisk' ? rule.minSpentFen : null,
  };
}

const FIELDS = `kind = @kind, name = @name, enabled = @enabled, priority = @priority, delay_days = @delayDays,
  fallback_days = @fallbackDays, cycle_days = @cycleDays, dormant_days_json = @dormantDaysJson,
  tier_ids_json = @tierIdsJson, min_order_fen = @minOrderFen, max_order_fen = @maxOrderFen,
  product_keywords_json = @productKeywordsJson, shop_ids_json = @shopIdsJson, cap_days = @capDays,
  assign_mode = @assignMode, assign_staff_id = @assignStaffId, template = @template, holdout_percent = @holdoutPercent,
  alive_below_percent = @aliveBelowPercent, min_spent_fen = @minSpentFen, updated_at = @now`;

/** The care rules (关怀规则): a short list the owner edits; generation reads it whole. */
export function createCareRulesRepo(sqlite: Database.Database) {
  const statements = {
    all: sqlite.prepare(`SELECT ${COLUMNS} FROM care_rules ORDER BY priority, id`),
    one: sqlite.prepare(`SELECT ${COLUMNS} FROM care_rules WHERE id = ?`),
    count: sqlite.prepare('SELECT count(*) FROM care_rules').pluck(),
    insert: sqlite.prepare(
      `INSERT INTO care_rules (kind, name, enabled, priority, delay_days, fallback_days, cycle_days, dormant_days_json,
         tier_ids_json, min_order_fen, max_order_fen, product_keywords_json, shop_ids_json, cap_days, assign_mode,
         assign_staff_id, template, holdout_percent, alive_below_percent, min_spent_fen, created_at, updated_at)
       VALUES (@kind, @name, @enabled, @priority, @delayDays, @fallbackDays, @cycleDays, @dormantDaysJson, @tierIdsJson,
         @minOrderFen, @maxOrderFen, @productKeywordsJson, @shopIdsJson, @capDays, @assignMode, @assignStaffId, @template,
         @holdoutPercent, @aliveBelowPercent, @minSpentFen, @now, @now)`,
    ),
    update: sqlite.prepare(`UPDATE care_rules SET ${FIELDS} WHERE id = @id`),
    remove: sqlite.prepare('DELETE FROM care_rules WHERE id = ?'),
    cursor: sqlite.prepare('SELECT assign_cursor FROM care_rules WHERE id = ?').pluck(),
    setCursor: sqlite.prepare('UPDATE care_rules SET assign_cursor = ? WHERE id = ?'),
    shop: sqlite.prepare('SELECT 1 FROM shops WHERE id = ?').pluck(),
  };
  return {
    /** Every rule, by priority (高 first) then age. */
    list(): CareRuleDto[] {
      return (statements.all.all() as RuleRow[]).map(toDto);
    },
    get(id: number): CareRuleDto | undefined {
      const row = statements.one.get(id) as RuleRow | undefined;
      return row && toDto(row);
    },
    isEmpty(): boolean {
      return statements.count.get() === 0;
    },
    insert(rule: Omit<CareRuleInput, 'id'>, now: string): number {
      return Number(statements.insert.run({ ...toParams(rule), now }).lastInsertRowid);
    },
    update(id: number, rule: Omit<CareRuleInput, 'id'>, now: string): boolean {
      return statements.update.run({ ...toParams(rule), id, now }).changes > 0;
    },
    remove(id: number): boolean {
      return statements.remove.run(id).changes > 0;
    },
    /** The staff member who got the rule's last round-robin task. */
    assignCursor(id: number): number | null {
      return (statements.cursor.get(id) as number | null | undefined) ?? null;
    },
    setAssignCursor(id: number, staffId: number): void {
      statements.setCursor.run(staffId, id);
    },
    /** For the shop filter: a shop the book knows. */
    shopExists(id: number): boolean {
      return statements.shop.get(id) === 1;
    },
  };
}

export type CareRulesRepo = ReturnType<typeof createCareRulesRepo>;
