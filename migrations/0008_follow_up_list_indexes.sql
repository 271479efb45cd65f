DROP INDEX `follow_up_tasks_pending_idx`;--> statement-breakpoint
CREATE INDEX `follow_up_tasks_handled_idx` ON `follow_up_tasks` (`handled_on`) WHERE handled_on IS NOT NULL;--> statement-breakpoint
CREATE INDEX `follow_up_tasks_pending_idx` ON `follow_up_tasks` (`due_on`,`assignee_id`,`priority`,`status`) WHERE status IN ('open', 'inProgress');