CREATE TABLE `care_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`enabled` integer NOT NULL,
	`priority` integer NOT NULL,
	`delay_days` integer NOT NULL,
	`fallback_days` integer,
	`cycle_days` integer,
	`dormant_days_json` text,
	`tier_ids_json` text,
	`min_order_fen` integer,
	`max_order_fen` integer,
	`product_keywords_json` text,
	`shop_ids_json` text,
	`cap_days` integer NOT NULL,
	`assign_mode` text NOT NULL,
	`assign_staff_id` integer,
	`assign_cursor` integer,
	`template` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`assign_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`order_id` integer,
	`note` text NOT NULL,
	`staff_id` integer,
	`source_task_id` integer,
	`logged_on` text NOT NULL,
	`logged_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_logged_on_idx` ON `complaints` (`logged_on`);--> statement-breakpoint
CREATE TABLE `follow_up_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer,
	`customer_id` integer NOT NULL,
	`staff_id` integer,
	`action` text NOT NULL,
	`note` text,
	`satisfaction` integer,
	`had_problem` integer DEFAULT false NOT NULL,
	`snoozed_to` text,
	`assignee_id` integer,
	`at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `follow_up_tasks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_events_customer_idx` ON `follow_up_events` (`customer_id`,`at`);--> statement-breakpoint
CREATE TABLE `follow_up_runs` (
	`day` text PRIMARY KEY NOT NULL,
	`created` integer NOT NULL,
	`generated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `follow_up_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` integer,
	`rule_kind` text NOT NULL,
	`rule_name` text NOT NULL,
	`customer_id` integer NOT NULL,
	`order_id` integer,
	`dedupe_key` text NOT NULL,
	`due_on` text NOT NULL,
	`original_due_on` text NOT NULL,
	`priority` integer NOT NULL,
	`assignee_id` integer,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`outcome_note` text,
	`satisfaction` integer,
	`had_problem` integer DEFAULT false NOT NULL,
	`skip_reason` text,
	`handled_by` integer,
	`handled_at` text,
	`handled_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `care_rules`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_tasks_rule_key_uq` ON `follow_up_tasks` (`rule_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `follow_up_tasks_pending_idx` ON `follow_up_tasks` (`due_on`,`assignee_id`) WHERE status IN ('open', 'inProgress');--> statement-breakpoint
CREATE INDEX `follow_up_tasks_customer_idx` ON `follow_up_tasks` (`customer_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `follow_up_tasks_due_idx` ON `follow_up_tasks` (`due_on`);--> statement-breakpoint
ALTER TABLE `orders` ADD `latest_at` text GENERATED ALWAYS AS (max(coalesce(completed_at, ''), coalesce(shipped_at, ''), coalesce(paid_at, ''), coalesce(created_at, ''))) VIRTUAL;--> statement-breakpoint
ALTER TABLE `orders` ADD `ordered_at` text GENERATED ALWAYS AS (coalesce(created_at, paid_at)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `orders_shipped_at_idx` ON `orders` (`shipped_at`);--> statement-breakpoint
CREATE INDEX `orders_completed_at_idx` ON `orders` (`completed_at`);--> statement-breakpoint
CREATE INDEX `orders_ordered_at_idx` ON `orders` (`ordered_at`);--> statement-breakpoint
CREATE INDEX `orders_refunded_latest_idx` ON `orders` (`latest_at`) WHERE refund_fen > 0;