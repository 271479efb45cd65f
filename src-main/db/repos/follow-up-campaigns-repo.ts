import type Database from 'better-sqlite3';

export interface CampaignTask {
  customerId: number;
  assigneeId: number | null;
}

/** 建跟进任务 for a group of customers: the campaign, its tasks, and what deciding them needs. */
export function createFollowUpCampaignsRepo(sqlite: Database.Database) {
  const statements = {
    customers: sqlite.prepare(
      `SELECT c.id AS customerId, (c.blacklisted OR c.do_not_disturb OR c.erased_at IS NOT NULL) AS blocked, c.assigned_staff_id AS ownerStaffId
       FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`,
    ),
    activeStaff: sqlite.prepare('SELECT id FROM staff WHERE active = 1 ORDER BY id').pluck(),
    insertCampaign: sqlite.prepare(
      `INSERT INTO follow_up_campaigns (name, source, template, tasks, created_by, created_at)
       VALUES (@name, @source, @template, @tasks, @createdBy, @createdAt)`,
    ),
    insertTask: sqlite.prepare(
      `INSERT INTO follow_up_tasks (rule_id, rule_kind, rule_name, campaign_id, customer_id, order_id, dedupe_key, due_on,
         original_due_on, priority, assignee_id, status, reason, created_at)
       VALUES (NULL, 'segment', ?, ?, ?, NULL, ?, ?, ?, 2, ?, 'open', ?, ?)`,
    ),
  };
  return {
    activeStaffIds: () => statements.activeStaff.all() as number[],
    customers: (ids: readonly number[]) =>
      (statements.customers.all(JSON.stringify(ids)) as { customerId: number; blocked: number; ownerStaffId: number | null }[]).map((row) => ({ ...row, blocked: row.blocked === 1 })),
    /** Writes the campaign and its tasks (due `dueOn`, priority 中); returns the campaign's id. */
    insert(campaign: { name: string; source: string; template: string; reason: string; dueOn: string; createdBy: number | null; at: string }, tasks: readonly CampaignTask[]): number {
      const id = Number(statements.insertCampaign.run({ name: campaign.name, source: campaign.source, template: campaign.template, tasks: tasks.length, createdBy: campaign.createdBy, createdAt: campaign.at }).lastInsertRowid);
      for (const task of tasks) {
        statements.insertTask.run(campaign.name, id, task.customerId, `campaign:${id}:${task.customerId}`, campaign.dueOn, campaign.dueOn, task.assigneeId, campaign.reason, campaign.at);
      }
      return id;
    },
  };
}

export type FollowUpCampaignsRepo = ReturnType<typeof createFollowUpCampaignsRepo>;
