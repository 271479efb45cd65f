CREATE TABLE `birthday_offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`cycle_year` integer NOT NULL,
	`occurs_on` text NOT NULL,
	`staff_id` integer,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `birthday_offers_customer_year_uq` ON `birthday_offers` (`customer_id`,`cycle_year`);--> statement-breakpoint
CREATE TABLE `tier_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`from_tier_id` integer,
	`to_tier_id` integer,
	`from_name` text NOT NULL,
	`to_name` text NOT NULL,
	`direction` text NOT NULL,
	`cause` text NOT NULL,
	`reason` text,
	`staff_id` integer,
	`changed_on` text NOT NULL,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tier_changes_customer_idx` ON `tier_changes` (`customer_id`);--> statement-breakpoint
CREATE INDEX `tier_changes_direction_idx` ON `tier_changes` (`direction`,`changed_on`);--> statement-breakpoint
CREATE TABLE `tiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rank` integer NOT NULL,
	`name` text NOT NULL,
	`min_net_spent_fen` integer,
	`min_order_count` integer,
	`combine` text NOT NULL,
	`window_months` integer,
	`manual_only` integer DEFAULT false NOT NULL,
	`validity_months` integer,
	`expiry_action` text NOT NULL,
	`benefit` text NOT NULL,
	`discount_note` text NOT NULL,
	`birthday_offer` text NOT NULL,
	`birthday_template` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tiers_rank_uq` ON `tiers` (`rank`);--> statement-breakpoint
CREATE UNIQUE INDEX `tiers_name_uq` ON `tiers` (`name`);--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_id` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_since` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_expires_on` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_locked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `next_tier_id` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_missing_fen` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `tier_missing_orders` integer;--> statement-breakpoint
CREATE INDEX `customers_tier_idx` ON `customers` (`tier_id`) WHERE merged_into_id IS NULL;--> statement-breakpoint
CREATE INDEX `customers_tier_gap_idx` ON `customers` (`tier_missing_fen`) WHERE merged_into_id IS NULL AND next_tier_id IS NOT NULL AND tier_missing_fen IS NOT NULL;