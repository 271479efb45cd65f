import type Database from 'better-sqlite3';
import { expect } from 'vitest';

/** Every statement a repository prepares, with SQLite's plan for it (parameters filled with plausible values). */
export function preparedPlans(sqlite: Database.Database, createRepo: (sqlite: Database.Database) => unknown): { sql: string; plan: string[] }[] {
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const spy = new Proxy(sqlite, {
    get: (target, key) => (key === 'prepare' ? (source: string) => (prepared.push(source), prepare(source)) : Reflect.get(target, key, target)),
  });
  createRepo(spy);
  return prepared.map((sql) => {
    const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
    const positional = (sql.match(/\?/g) ?? []).length;
    const value = (name: string) => (['keywords', 'pairs'].includes(name) ? '[]' : ['ruleId', 'keepLeftOut', 'days', 'staffId', 'limit'].includes(name) ? 1 : '2026-11-22 00:00:00');
    const args: unknown[] = named.length > 0 ? [Object.fromEntries(named.map((name) => [name, value(name)]))] : Array.from({ length: positional }, () => '[]');
    const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
    return { sql: sql.replace(/\s+/g, ' '), plan: rows.map((row) => row.detail) };
  });
}

/** The plan of the one statement containing `fragment`. */
export const planOf = (all: ReturnType<typeof preparedPlans>, fragment: string) => {
  const found = all.filter((p) => p.sql.includes(fragment));
  expect(found, fragment).toHaveLength(1);
  return found[0]!.plan;
};
