CREATE TABLE `care_holdouts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` integer,
	`rule_kind` text NOT NULL,
	`rule_name` text NOT NULL,
	`customer_id` integer NOT NULL,
	`dedupe_key` text NOT NULL,
	`due_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `care_rules`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_holdouts_rule_key_uq` ON `care_holdouts` (`rule_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `care_holdouts_rule_due_idx` ON `care_holdouts` (`rule_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `care_holdouts_customer_idx` ON `care_holdouts` (`customer_id`);--> statement-breakpoint
CREATE TABLE `customer_predictions` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`repeat_days` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`repeat_mean_fen` integer,
	`p_alive` real,
	`expected_orders_90` real NOT NULL,
	`next_order_on` text,
	`value_fen` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_predictions_alive_idx` ON `customer_predictions` (`p_alive`);--> statement-breakpoint
CREATE TABLE `prediction_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`computed_at` text NOT NULL,
	`as_of` text NOT NULL,
	`horizon` text,
	`buyers` integer NOT NULL,
	`repeaters` integer NOT NULL,
	`span_days` integer NOT NULL,
	`r` real,
	`alpha` real,
	`a` real,
	`b` real,
	`p` real,
	`q` real,
	`gamma` real,
	`log_likelihood` real,
	`fit_ms` integer
);
--> statement-breakpoint
ALTER TABLE `care_rules` ADD `holdout_percent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `care_rules` ADD `alive_below_percent` integer;--> statement-breakpoint
ALTER TABLE `care_rules` ADD `min_spent_fen` integer;--> statement-breakpoint
INSERT INTO `care_rules` (`kind`, `name`, `enabled`, `priority`, `delay_days`, `cap_days`, `assign_mode`, `template`, `holdout_percent`, `alive_below_percent`, `min_spent_fen`, `created_at`, `updated_at`)
SELECT 'churnRisk', '流失预警', 0, 2, 0, 30, 'owner', '#昵称#，好久没见您来#店铺#了，老顾客专享#优惠#给您留着，有需要随时找我～', 10, 50, 50000, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM `care_rules`);
