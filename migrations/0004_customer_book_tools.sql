CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_name_uq` ON `staff` (`name`);--> statement-breakpoint
CREATE TABLE `customer_tags` (
	`customer_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`customer_id`, `tag_id`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `customer_tags_tag_idx` ON `customer_tags` (`tag_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`color` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_uq` ON `tags` (`name`);--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`query_json` text NOT NULL,
	`columns_json` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_name_uq` ON `saved_views` (`name`);--> statement-breakpoint
CREATE TABLE `customer_merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kept_id` integer NOT NULL,
	`merged_id` integer NOT NULL,
	`repointed_json` text NOT NULL,
	`added_tags_json` text NOT NULL,
	`kept_before_json` text NOT NULL,
	`kept_after_json` text NOT NULL,
	`created_at` text NOT NULL,
	`undone_at` text,
	FOREIGN KEY (`kept_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_merges_kept_idx` ON `customer_merges` (`kept_id`);--> statement-breakpoint
CREATE INDEX `customer_merges_merged_idx` ON `customer_merges` (`merged_id`);--> statement-breakpoint
ALTER TABLE `customers` ADD `phone_tail` text GENERATED ALWAYS AS (substr(phone, -4)) VIRTUAL;--> statement-breakpoint
ALTER TABLE `customers` ADD `birthday_calendar` text;--> statement-breakpoint
ALTER TABLE `customers` ADD `birthday_year` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `birthday_month` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `birthday_day` integer;--> statement-breakpoint
ALTER TABLE `customers` ADD `birthday_leap_month` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `customers` ADD `assigned_staff_id` integer REFERENCES staff(id);--> statement-breakpoint
CREATE INDEX `customers_phone_tail_idx` ON `customers` (`phone_tail`);--> statement-breakpoint
CREATE INDEX `customers_receiver_name_idx` ON `customers` (`receiver_name`);--> statement-breakpoint
CREATE INDEX `customers_merged_into_idx` ON `customers` (`merged_into_id`) WHERE merged_into_id IS NOT NULL;