CREATE TABLE `source_file_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_file_id` integer NOT NULL,
	`part_no` integer NOT NULL,
	`data` blob NOT NULL,
	FOREIGN KEY (`source_file_id`) REFERENCES `source_files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_file_parts_file_part_uq` ON `source_file_parts` (`source_file_id`,`part_no`);--> statement-breakpoint
CREATE TABLE `source_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`byte_count` integer NOT NULL,
	`stored_byte_count` integer NOT NULL,
	`compression` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_files_sha256_uq` ON `source_files` (`sha256`);--> statement-breakpoint
DROP INDEX `orders_customer_status_paid_idx`;--> statement-breakpoint
ALTER TABLE `orders` ADD `raw_hash` integer;--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`);--> statement-breakpoint
ALTER TABLE `order_lines` ADD `raw_hash` integer;